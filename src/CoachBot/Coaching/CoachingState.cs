using System.Text.Json.Serialization;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;
using CoachBot.Safety;

namespace CoachBot.Coaching;

/// <summary>Conversation state: where the dialog is, and when the person last spoke.</summary>
public sealed class ConversationData : IConversationRecord
{
    public List<DialogInstance> DialogStack { get; set; } = [];
    public DateTimeOffset? LastActivityAt { get; set; }
    public bool Welcomed { get; set; }
    /// <summary>A join event was welcomed and the person has not written since: a second join event (Teams sends two on install) is not welcomed again.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool WelcomeUnanswered { get; set; }
    /// <summary>The person's IANA time zone as their channel last gave it, for messages that leave it out.</summary>
    public string? TimeZone { get; set; }
    /// <summary>How to reach this conversation again later, for follow-ups.</summary>
    public ConversationReference? Reference { get; set; }
    /// <summary>The person removed or blocked the bot here: nothing may be sent to this conversation unasked.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Unreachable { get; set; }
    /// <summary>Fingerprints of the last activities handled, so a channel's retry of one is not coached twice.</summary>
    public List<string> RecentActivities { get; set; } = [];
    /// <summary>When this conversation was last listed among the person's documents, so erasing their data finds it.</summary>
    public DateTimeOffset? ListedAt { get; set; }
    /// <summary>A case the person stopped before its final draft, offered to pick up again.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RejectionCase? Unfinished { get; set; }
    /// <summary>The name the person signs their replies with, asked once; empty means unsigned.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SignatureName { get; set; }
    /// <summary>The person asked to delete their data and has not yet confirmed it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ErasureAsked { get; set; }
    /// <summary>The follow-ups sent into this conversation: what the daily and per-company caps and the pause count.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FollowUps.NudgeLedger? Nudges { get; set; }
    /// <summary>Where the safety check stands in this conversation: levels and kinds only, never what was said.</summary>
    [JsonIgnore]
    public SafetyState Safety => StoredSafety ??= new();

    /// <summary>The safety check's state as stored: left out while there is nothing to keep, as in most turns.</summary>
    [JsonPropertyName("safety")]
    public SafetyState? StoredSafety { get; set; }
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
    /// <summary>
    /// Storage keys of conversations, as versions before per-conversation listings kept them: still read
    /// by export and erasure, no longer added to.
    /// </summary>
    public List<string> ConversationKeys { get; set; } = [];
    /// <summary>The latest finished cases in categories, oldest first, for noticing what repeats (<see cref="Patterns"/>).</summary>
    public List<CaseOutline> Outlines { get; set; } = [];
    /// <summary>The name the person signs their replies with, kept when a case finishes; empty means unsigned.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SignatureName { get; set; }
}

/// <summary>Lists one conversation among a person's documents (see <see cref="Privacy.PersonKeys.Listing"/>).</summary>
public sealed class ConversationListing
{
    public DateTimeOffset ListedAt { get; set; }
}

/// <summary>A finished case's feelings, stored apart from its details because they are kept for a shorter time.</summary>
public sealed class CaseFeelings
{
    public Feeling? Feeling { get; set; }
}
