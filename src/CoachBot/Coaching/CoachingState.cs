using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>Conversation state: where the dialog is, and when the person last spoke.</summary>
public sealed class ConversationData
{
    public List<DialogInstance> DialogStack { get; set; } = [];
    public DateTimeOffset? LastActivityAt { get; set; }
    public bool Welcomed { get; set; }
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
    /// <summary>IANA time zone from the person's channel, for reminders and quiet hours.</summary>
    public string? TimeZone { get; set; }
    /// <summary>Finished coaching sessions, oldest first.</summary>
    public List<RejectionCase> History { get; set; } = [];
}
