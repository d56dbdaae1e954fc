namespace CoachBot.Coaching;

/// <summary>How far the person got before the rejection.</summary>
public enum RejectionStage
{
    Application,
    ScreeningCall,
    Interview,
    FinalRound,
    OfferRescinded,
    NegotiationBrokeDown,
}

/// <summary>How the news arrived.</summary>
public enum HeardVia
{
    Email,
    Call,
    NoWord,
}

/// <summary>When the news arrived, as the person answers it.</summary>
public enum HeardWhen
{
    Today,
    Yesterday,
    ThisWeek,
    EarlierThanThat,
}

public enum Feeling
{
    Disappointed,
    Frustrated,
    DoubtingMyself,
    Angry,
    Relieved,
    SomethingElse,
}

/// <summary>What the reply should do.</summary>
public enum ReplyGoal
{
    ThankAndStayConnected,
    AskForFeedback,
    OneLastPitch,
    AskAboutRescindedOffer,
    /// <summary>A polite check on where things stand, for a person who has heard nothing.</summary>
    CheckOnStatus,
    /// <summary>Turning down an offer the person received, graciously, keeping the bridge.</summary>
    DeclineOffer,
}

/// <summary>What happened: the employer said no, went silent, or the person said no themselves.</summary>
public enum Situation
{
    Rejected,
    Ghosted,
    DeclinedOffer,
}

public enum DraftTone
{
    Neutral,
    Warm,
    Formal,
}

/// <summary>The follow-up nudges a person can opt into.</summary>
public enum NudgeKind
{
    ReviewAndSend,
    DidTheyAnswer,
    ReconnectWithNetwork,
    ReapplyWhenOpeningsCome,
    SeeCareerCounselor,
}

/// <summary>
/// One rejection the person is working through: what happened, how they feel, what they chose.
/// This is the typed state of the coaching flow, and what the history keeps afterwards.
/// </summary>
public sealed class RejectionCase
{
    public string? Company { get; set; }
    public string? Role { get; set; }
    public RejectionStage? Stage { get; set; }
    public HeardVia? HeardVia { get; set; }
    public HeardWhen? HeardWhen { get; set; }
    /// <summary>The reason the employer gave, in their words; null when none was given.</summary>
    public string? Reason { get; set; }
    /// <summary>Name of the interviewer or recruiter to address, when known.</summary>
    public string? ContactName { get; set; }
    /// <summary>Null until known; most cases are <see cref="Coaching.Situation.Rejected"/>.</summary>
    public Situation? Situation { get; set; }
    public Feeling? Feeling { get; set; }
    public DateTimeOffset StartedAt { get; set; }

    public CoolingOff? CoolingOff { get; set; }
    public ReplyGoal? Goal { get; set; }
    public DraftStyle Style { get; set; } = new();
    public string? Draft { get; set; }
    /// <summary>A reply the person wrote themselves, while CoachBot checks it.</summary>
    public string? OwnReply { get; set; }
    public bool DraftFinal { get; set; }
    public List<PlannedNudge> Nudges { get; set; } = [];
}

/// <summary>The wait the person agreed to before replying, and whether they want a reminder when it ends.</summary>
public sealed class CoolingOff
{
    public DateTimeOffset Until { get; set; }
    public bool RemindMe { get; set; }
}

/// <summary>How the person has asked the draft to be shaped so far.</summary>
public sealed class DraftStyle
{
    public bool Short { get; set; }
    public DraftTone Tone { get; set; } = DraftTone.Neutral;
    /// <summary>Points to include, in the person's own words, in the order given.</summary>
    public List<string> OwnPoints { get; set; } = [];
    /// <summary>Changes the person asked for in their own words ("mention my portfolio"), latest last.</summary>
    public List<string> Instructions { get; set; } = [];
}

public sealed class PlannedNudge
{
    public NudgeKind Kind { get; set; }
    public DateTimeOffset DueAt { get; set; }
}
