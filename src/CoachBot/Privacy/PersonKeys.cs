namespace CoachBot.Privacy;

/// <summary>
/// Where everything about one person is stored, so that a turn, an export and an erasure agree on it. All
/// of a person's documents but their conversations live under their profile key.
/// </summary>
public sealed record PersonKeys(string Profile, string Conversation)
{
    public static PersonKeys For(string? channelId, string? userId, string? conversationId) =>
        new($"user/{channelId}/{userId}", $"conversation/{channelId}/{conversationId}");

    /// <summary>Crisis flags: kept apart from the coaching history, and let go sooner.</summary>
    public string Safety => $"{Profile}/safety";

    public string NewCase() => $"{Profile}/case/{Guid.NewGuid():N}";

    /// <summary>Where the person's documents list their conversations: one small document per conversation.</summary>
    public string ListingsPrefix => $"{Profile}/listed/";

    /// <summary>
    /// Lists this conversation among the person's documents, so an erasure finds it. One document per
    /// conversation, rather than a list in the profile, keeps a person's many conversations from making
    /// every new one rewrite a growing document.
    /// </summary>
    public string Listing => ListingsPrefix + Conversation;

    /// <summary>The conversation a listing document stands for.</summary>
    public string ConversationOf(string listingKey) => listingKey[ListingsPrefix.Length..];

    /// <summary>A finished case's feelings: kept apart from its details, and let go sooner.</summary>
    public static string FeelingsOf(string caseKey) => $"{caseKey}/feelings";
}
