namespace CoachBot.Safety;

/// <summary>Where the safety check of a conversation stands.</summary>
public enum SafetyStep
{
    /// <summary>Coaching as usual.</summary>
    None,
    /// <summary>A gentle check was asked ("are you okay?") after a message that might have been a figure of speech.</summary>
    Checking,
    /// <summary>Crisis help was given; coaching is paused.</summary>
    Paused,
    /// <summary>After a pause, the person said something like "I'm fine"; CoachBot asked whether they are safe before going back.</summary>
    ConfirmingSafe,
}

/// <summary>A concern raised by a message, without the message.</summary>
public sealed class RecentConcern
{
    public ConcernLevel Level { get; set; }
    public ConcernKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>The safety check's part of conversation state.</summary>
public sealed class SafetyState
{
    public SafetyStep Step { get; set; }
    /// <summary>What the last concern was about, for the help offered if the person says they are not okay.</summary>
    public ConcernKind Kind { get; set; }
    /// <summary>Answers to the current check that were neither yes nor no.</summary>
    public int UnclearAnswers { get; set; }
    /// <summary>Concerns raised by the last few messages, oldest first, so a message is read in its context.</summary>
    public List<RecentConcern> Recent { get; set; } = [];
    /// <summary>
    /// The language the person last wrote in, as a code ("es", "zh-Hant"; see <see cref="MessageLanguage"/>),
    /// so that "ok" or "help now" after a hand-off in Spanish is answered in Spanish. A code, never their words.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>
    /// A message the gentle check answered in place of the coaching ("fabrikam said no and i've been crying since"),
    /// kept only until the person answers the check: read then, once they say they are okay, so the story need not be
    /// told again. Let go at a hand-off or at any other answer: a message that led to a hand-off is never read.
    /// </summary>
    public string? HeldMessage { get; set; }

    /// <summary>Nothing to remember: coaching as usual, and no recent concern.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsClear => Step == SafetyStep.None && Recent.Count == 0;
}

/// <summary>
/// The person's crisis flag, kept apart from their coaching history (and let go sooner): while it is set,
/// no follow-up nudge is sent to them.
/// </summary>
public sealed class SafetyRecord
{
    public DateTimeOffset LastConcernAt { get; set; }
    public ConcernLevel Level { get; set; }
    public ConcernKind Kind { get; set; }
    public bool FollowUpsPaused { get; set; }
}
