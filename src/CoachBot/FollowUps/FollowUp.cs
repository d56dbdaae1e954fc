using System.Text.Json.Serialization;
using CoachBot.Coaching;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Privacy;

namespace CoachBot.FollowUps;

/// <summary>Where a nudge stands.</summary>
public enum FollowUpStatus
{
    /// <summary>Waiting for its due time; the only status a dispatcher is offered.</summary>
    Scheduled,
    /// <summary>Sent; waiting for the person's answer (or never answered).</summary>
    Sent,
    /// <summary>The person answered it (done, they answered, no answer).</summary>
    Answered,
    /// <summary>Held after too many nudges went unanswered, until the person writes again.</summary>
    Paused,
    /// <summary>Stopped by the person, or because they cannot be reached.</summary>
    Stopped,
    /// <summary>Not sent, and never will be: the per-company cap, or delivery kept failing.</summary>
    Dropped,
}

/// <summary>
/// One follow-up nudge the person agreed to, as a document of its own under their profile key (so erasing
/// their data erases it), written in the same commit as the case that planned it, with a due time the
/// storage indexes. Holds what delivery needs without reading the case first: where to send it and what
/// it is about.
/// </summary>
public sealed class FollowUp
{
    public NudgeKind Kind { get; set; }
    public FollowUpStatus Status { get; set; }
    /// <summary>When it is (next) to be sent; for a sent nudge, when it was due.</summary>
    public DateTimeOffset DueAt { get; set; }
    /// <summary>Counts every time it was taken up for sending or put off: the nudge's turn id is its key and this number.</summary>
    public int Attempt { get; set; }
    /// <summary>Deliveries that failed for a passing reason, for the backoff.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Failures { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string CaseKey { get; set; } = string.Empty;
    public string? Company { get; set; }
    public string? Role { get; set; }
    /// <summary>The conversation the person planned it in: it is delivered there, through that channel.</summary>
    public ConversationReference? Reference { get; set; }
    /// <summary>
    /// The state key of the conversation it was planned in, when it was moved to a personal chat opened for it
    /// (the first was shared, or gone): the rules' memory of sent nudges comes from there.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MovedFrom { get; set; }
    /// <summary>Kept with the case: when the case goes, so does this.</summary>
    public DateTimeOffset KeepUntil { get; set; }

    /// <summary>The turn id of this attempt: a second run of the same attempt (two dispatchers, a lease that ran out) runs nothing.</summary>
    public string TurnId(string key) => TurnId(key, Attempt);

    /// <summary>The turn id of attempt <paramref name="attempt"/> of the nudge under <paramref name="key"/>.</summary>
    public static string TurnId(string key, int attempt) => $"{key}#{attempt}";

    /// <summary>The document's due time for the storage: only a scheduled nudge is ever offered.</summary>
    [JsonIgnore]
    public DateTimeOffset? StorageDueAt => Status == FollowUpStatus.Scheduled ? DueAt : null;
}

/// <summary>Where follow-ups are stored.</summary>
public static class FollowUpKeys
{
    /// <summary>What a dispatcher claims under: every person's documents; only follow-ups ever have a due time.</summary>
    public const string ClaimPrefix = "user/";

    private const string Segment = "/nudge/";

    /// <summary>All of one person's follow-ups.</summary>
    public static string PrefixOf(PersonKeys keys) => keys.Profile + Segment;

    public static string For(PersonKeys keys, string caseKey, NudgeKind kind) =>
        $"{PrefixOf(keys)}{caseKey[(caseKey.LastIndexOf('/') + 1)..]}-{kind}";

    /// <summary>All the follow-ups of the person one follow-up key belongs to.</summary>
    public static string PrefixOfKey(string key) => key[..(key.IndexOf(Segment, StringComparison.Ordinal) + Segment.Length)];

    public static bool IsFollowUp(string key) => key.StartsWith(ClaimPrefix, StringComparison.Ordinal) && key.Contains(Segment, StringComparison.Ordinal);

    /// <summary>
    /// Readies a follow-up for writing: its due time and expiry go with every write, since a write sets the
    /// storage's due time anew.
    /// </summary>
    public static StateDocument<FollowUp> Ready(this StateDocument<FollowUp> document)
    {
        document.DueAt = document.Value.StorageDueAt;
        document.ExpiresAt = document.Value.KeepUntil;
        return document;
    }
}

/// <summary>The proactive events of follow-ups, raised through the front door.</summary>
public static class FollowUpEvents
{
    /// <summary>A nudge is due: its value is <see cref="NudgeDue"/>.</summary>
    public const string Nudge = "coachbot/nudge";
}

/// <summary>The value of a <see cref="FollowUpEvents.Nudge"/> event.</summary>
public sealed record NudgeDue(string Key, int Attempt);
