using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Conversations.Activities;

namespace CoachBot.Conversations.Turns;

/// <summary>What a conversation is, in the terms of its channel.</summary>
public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}

/// <summary>
/// Where a conversation lives and how to reach it again: the one identity that the gate, state, queues
/// and proactive messages share. Built by the channel from an inbound activity, so channel facts (tenant,
/// conversation type) are read in one place, by the code that knows the channel.
/// </summary>
public sealed record ConversationReference
{
    public string ChannelId { get; init; } = string.Empty;
    public string ConversationId { get; init; } = string.Empty;
    public string UserId { get; init; } = string.Empty;
    /// <summary>The person's display name, for this turn only: names are not kept with the reference.</summary>
    [JsonIgnore]
    public string? UserName { get; init; }
    public string? BotId { get; init; }
    [JsonIgnore]
    public string? BotName { get; init; }
    public string? ServiceUrl { get; init; }
    /// <summary>The Teams tenant or Slack team the conversation belongs to.</summary>
    public string? TenantId { get; init; }
    /// <summary>One of <see cref="ConversationTypes"/>.</summary>
    public string ConversationType { get; init; } = ConversationTypes.Personal;
    public string? Locale { get; init; }

    /// <summary>The conversation's one key: for the gate, state and any queue.</summary>
    /// <remarks>Derived, so not stored: the reference is written with every turn.</remarks>
    [JsonIgnore]
    public string Key => $"{ChannelId}/{ConversationId}";

    /// <summary>Where the conversation's state is stored.</summary>
    [JsonIgnore]
    public string StateKey => $"conversation/{Key}";

    /// <summary>
    /// Whether a turn from <paramref name="caller"/> may read and change the conversation stored with this
    /// reference: a personal conversation belongs to its person only (as its channel identifies them), a
    /// shared one to its members (whom the channel vouches for), and neither turns into the other.
    /// </summary>
    public bool Admits(ConversationReference caller) =>
        caller.ChannelId == ChannelId && caller.ConversationId == ConversationId && caller.IsShared == IsShared
        && (IsShared || caller.UserId == UserId);

    /// <summary>Whether others can read what is written here: nothing personal belongs in such a conversation.</summary>
    [JsonIgnore]
    public bool IsShared => ConversationType != ConversationTypes.Personal;

    /// <summary>The reference for a person's message, with the facts every channel's activity carries.</summary>
    public static ConversationReference From(Activity activity) => new()
    {
        ChannelId = activity.ChannelId ?? string.Empty,
        ConversationId = activity.Conversation?.Id ?? string.Empty,
        UserId = activity.From?.Id ?? string.Empty,
        UserName = activity.From?.Name,
        BotId = activity.Recipient?.Id,
        BotName = activity.Recipient?.Name,
        ServiceUrl = activity.ServiceUrl,
        TenantId = activity.Conversation?.TenantId,
        ConversationType = activity.Conversation?.ConversationType
            ?? (activity.Conversation?.IsGroup == true ? ConversationTypes.GroupChat : ConversationTypes.Personal),
        Locale = activity.Locale,
    };

    /// <summary>An <c>event</c> activity in this conversation, as if the person had sent it: the proactive entry.</summary>
    public Activity ToEvent(string name, JsonElement? value, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.Event,
        Name = name,
        Value = value,
        // No id: the channel never saw this activity, so replies to it are sent to the conversation, not as replies.
        Timestamp = now,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = UserId, Name = UserName, Role = "user" },
        Recipient = new ChannelAccount { Id = BotId, Name = BotName, Role = "bot" },
        Conversation = new ConversationAccount
        {
            Id = ConversationId,
            TenantId = TenantId,
            ConversationType = ConversationType,
            IsGroup = IsShared ? true : null,
        },
        Locale = Locale,
        DeliveryMode = DeliveryModes.Normal,
    };
}
