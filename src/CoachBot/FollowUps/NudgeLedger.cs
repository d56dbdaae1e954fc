namespace CoachBot.FollowUps;

/// <summary>
/// What a conversation remembers of the nudges sent into it: enough for the rules (one a day, two per
/// company, a pause after three unanswered) and for reading the person's answer. Company names are the
/// person's own case details, kept as long as the conversation.
/// </summary>
public sealed class NudgeLedger
{
    public DateTimeOffset? LastSentAt { get; set; }
    /// <summary>The nudge sent last: a retry of its delivery is not held back by the daily cap it set itself.</summary>
    public string? LastSentKey { get; set; }
    /// <summary>The person's local day of the latest nudge, and how many were sent on it.</summary>
    public DateOnly? DaySent { get; set; }
    public int SentThatDay { get; set; }
    /// <summary>Nudges sent since the person last wrote.</summary>
    public int Unanswered { get; set; }
    /// <summary>Nudges sent per company (lower case).</summary>
    public Dictionary<string, int> SentPerCompany { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Follow-ups held by the pause, resumed when the person writes again.</summary>
    public List<string> Paused { get; set; } = [];
    /// <summary>The nudge whose choices were offered last, which the person's answer is about.</summary>
    public string? Awaiting { get; set; }
    /// <summary>The person chose to snooze until a date, and is asked which.</summary>
    public bool AskedSnoozeDate { get; set; }
    /// <summary>
    /// The nudge whose answer opened its case again while another was in progress: the person is asked which to
    /// continue (see <see cref="NudgeTurns.WhichCase"/>).
    /// </summary>
    public string? AskedWhichCase { get; set; }
}
