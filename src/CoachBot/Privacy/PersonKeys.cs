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

    /// <summary>A finished case's feelings: kept apart from its details, and let go sooner.</summary>
    public static string FeelingsOf(string caseKey) => $"{caseKey}/feelings";
}
