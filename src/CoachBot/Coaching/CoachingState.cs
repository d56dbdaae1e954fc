using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>Conversation state: where the dialog is, and when the person last spoke.</summary>
public sealed class ConversationData
{
    public List<DialogInstance> DialogStack { get; set; } = [];
    public DateTimeOffset? LastActivityAt { get; set; }
    public bool Welcomed { get; set; }
    /// <summary>The person's IANA time zone as their channel last gave it, for messages that leave it out.</summary>
    public string? TimeZone { get; set; }
    /// <summary>How to reach this conversation again later, for follow-ups.</summary>
    public ConversationReference? Reference { get; set; }
}

public sealed class ConversationReference
{
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ConversationId { get; set; }
    public string? UserId { get; set; }
    public string? BotId { get; set; }
    public string? TenantId { get; set; }
}

/// <summary>User state: what CoachBot remembers about a person across conversations.</summary>
public sealed class CoachingProfile
{
    /// <summary>IANA time zone from the person's channel when they last finished a case, for their history and follow-ups.</summary>
    public string? TimeZone { get; set; }
    /// <summary>
    /// Storage keys of the finished cases, oldest first; the most recent <see cref="CoachingBot.HistoryKept"/>
    /// are kept. Each case is a document of its own, so finishing one writes that case and this short list,
    /// never the whole history again.
    /// </summary>
    public List<string> CaseKeys { get; set; } = [];
}
