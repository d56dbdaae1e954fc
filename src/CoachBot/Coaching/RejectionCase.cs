using System.Text.Json.Serialization;

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

/// <summary>How a time gone by was said: a count of days, weeks or months, "last week", "last month", or a weekday.</summary>
public enum TimeAgoUnit
{
    Days,
    Weeks,
    Months,
    LastWeek,
    LastMonth,
    Weekday,
}

/// <summary>
/// A time gone by kept as the person said it ("last week", "10 days ago", "3 weeks", "two months", "last Friday"), so
/// it can be said back (ElapsedTime.SayAgo); the buttons' <see cref="HeardWhen"/> stays what questions and advice branch on.
/// </summary>
public sealed class TimeAgo
{
    /// <summary>How many days it counted as when read: which <see cref="HeardWhen"/> it falls in (ElapsedTime.Bucket).</summary>
    public int Days { get; set; }
    public TimeAgoUnit Unit { get; set; }
    /// <summary>How many days, weeks or months; 1 for "last week", "last month" and a weekday.</summary>
    public int Count { get; set; } = 1;
    /// <summary>The weekday named, for <see cref="TimeAgoUnit.Weekday"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DayOfWeek? Weekday { get; set; }
}

/// <summary>How the person followed up on their own before coming here.</summary>
public enum FollowUpChannel
{
    Email,
    Call,
    LinkedIn,
    Message,
}

/// <summary>
/// A follow-up the person says they already sent ("i emailed the recruiter last week, nothing", "chased them twice on
/// linkedin", "called HR on friday, no callback"): how, how often and when, each null when not said. Read by
/// FollowUpReading; for the advice and the drafts, which should not suggest a first follow-up when one was sent.
/// </summary>
public sealed class EarlierFollowUp
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FollowUpChannel? Channel { get; set; }
    /// <summary>How many times, when said ("twice", "3 times"); null for once or not said.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Times { get; set; }
    /// <summary>When the (last) follow-up went, as said ("today" and "yesterday" are 0 and 1 days); null when not said.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TimeAgo? When { get; set; }
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
    /// <summary>After talks on the terms broke down: the person would still take the offer as it was first made.</summary>
    TakeOriginalOffer,
}

/// <summary>What happened: the employer said no, went silent, or the person said no themselves.</summary>
public enum Situation
{
    Rejected,
    Ghosted,
    DeclinedOffer,
}

/// <summary>The details intake asks about, in the order it asks.</summary>
public enum CaseDetail
{
    Company,
    Role,
    Stage,
    HeardVia,
    HeardWhen,
    Reason,
    Contact,
    Summary,
    /// <summary>Whether a role that looks misspelt is spelled as meant, asked before it can go into a draft.</summary>
    RoleSpelling,
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
    /// <summary>
    /// <see cref="HeardWhen"/> as the person said it ("last week", "3 weeks ago"), said back in the summary when it still
    /// falls in <see cref="HeardWhen"/>'s bucket (a button tapped later wins); null in older documents and for a button.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TimeAgo? HeardAgo { get; set; }
    /// <summary>
    /// A follow-up the person already sent before coming here (how, how often, when); null when none was said, and in
    /// older documents. For the advice and drafts: a second nudge, not a first.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EarlierFollowUp? FollowedUpAlready { get; set; }
    /// <summary>The reason the employer gave, in their words; null when none was given.</summary>
    public string? Reason { get; set; }
    /// <summary>Name of the interviewer or recruiter to address, when known.</summary>
    public string? ContactName { get; set; }
    /// <summary>Null until known; most cases are <see cref="Coaching.Situation.Rejected"/>.</summary>
    public Situation? Situation { get; set; }
    public Feeling? Feeling { get; set; }
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Details the person would rather not give, or could not: never asked again, and the draft stays neutral.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public List<CaseDetail>? NotGiven { get; set; }
    /// <summary>The detail asked a second time, after an answer that could not be used.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CaseDetail? AskedAgain { get; set; }
    /// <summary>What to ask the second time, when it is more than the question again ("did you mean A or B?").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AskAgainText { get; set; }
    /// <summary>What an answer that could not be kept as it was seemed to name ("fabrikam" in "it was fabrikam, …"), offered as a button when asked again.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AskAgainGuess { get; set; }
    /// <summary>The role's spelling was asked about and settled: what <see cref="Role"/> holds is as the person meant it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RoleSpellingSettled { get; set; }
    /// <summary>The person said the summary of what CoachBot understood looks right.</summary>
    public bool DetailsConfirmed { get; set; }
    /// <summary>The name the person signs with, as they gave it; null until asked, empty for unsigned.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SignatureName { get; set; }

    /// <summary>The person's name as a pasted e-mail greeted them ("Hi Jordan,"): offered when they choose how to sign.</summary>
    public string? NameInEmail { get; set; }

    /// <summary>
    /// The person asked for other terms of the offer in an earlier message: an offer said to have ended in a later
    /// one, with nothing between that took the ask away to think over, ended the talks (CaseDetails.Merge).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AskedForTerms { get; set; }

    /// <summary>The person said they turned other offers down for this one ("i already turned down two other offers").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TurnedDownOtherOffers { get; set; }

    public bool IsNotGiven(CaseDetail detail) => NotGiven?.Contains(detail) == true;

    public void MarkNotGiven(CaseDetail detail)
    {
        NotGiven ??= [];
        if (!NotGiven.Contains(detail))
        {
            NotGiven.Add(detail);
        }
    }

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
    /// <summary>The greeting the person asked for in their own words ("Hi Priya"), without its comma; null for the usual one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Greeting { get; set; }
    /// <summary>Which wording to use; "start again" moves to the next one, so the new draft reads differently.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Variant { get; set; }
}

public sealed class PlannedNudge
{
    public NudgeKind Kind { get; set; }
    public DateTimeOffset DueAt { get; set; }
}
