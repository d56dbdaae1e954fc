namespace CoachBot.Coaching.Intake;

/// <summary>
/// Every detail one message holds about a case, wherever it arrives (the first message, an answer to
/// any question, a pasted e-mail). Null means "not said", never "said to be empty"; a reader leaves a
/// field null when it is unsure, so the dialog can ask.
/// </summary>
public sealed record MessageDetails
{
    public static readonly MessageDetails None = new();

    public string? Company { get; init; }
    public string? Role { get; init; }
    public RejectionStage? Stage { get; init; }
    public HeardVia? HeardVia { get; init; }
    public HeardWhen? HeardWhen { get; init; }
    /// <summary>
    /// The time gone by as said ("last week", "3 weeks ago"), for <see cref="HeardWhen"/> or <see cref="SinceLastStep"/>,
    /// whichever is kept: said back only while it falls in the bucket kept (ElapsedTime.SayAgo).
    /// </summary>
    public TimeAgo? HeardAgo { get; init; }
    /// <summary>The reason the employer gave, in their words.</summary>
    public string? Reason { get; init; }
    /// <summary>
    /// A reason in the person's own voice ("I'm moving to another city"): theirs, not the employer's, so it
    /// is kept only as the reason for declining an offer, when the case is (or turns out to be) a decline.
    /// </summary>
    public string? OwnReason { get; init; }
    /// <summary>
    /// Time gone by since a step ("applied 5 weeks ago"): when they last heard for someone who has heard
    /// nothing since, so kept as <see cref="HeardWhen"/> only when the case is (or turns out to be) ghosted.
    /// </summary>
    public HeardWhen? SinceLastStep { get; init; }
    /// <summary>The interviewer or recruiter to address, as written ("Dr. Amara Okafor", "Tom").</summary>
    public string? ContactName { get; init; }
    public Situation? Situation { get; init; }
    /// <summary>Two or more companies named together ("rejected by both Contoso and Fabrikam"): which one is asked.</summary>
    public IReadOnlyList<string>? SeveralCompanies { get; init; }
    /// <summary>The person's own name, as a pasted e-mail greets them ("Hi Jordan,").</summary>
    public string? GreetedName { get; init; }
    /// <summary>The person asked for other terms of an offer ("I asked for 58k", "can I ask for more?").</summary>
    public bool AskedForTerms { get; init; }
    /// <summary>The employer took an ask away to think over, or agreed to it ("she'd get back to me").</summary>
    public bool AskTakenAway { get; init; }
    /// <summary>The person turned other offers down for this one ("I declined two other offers for this").</summary>
    public bool TurnedDownOtherOffers { get; init; }
    /// <summary>The story says the employer gave no reason ("no reason given", "they didn't say why"): not asked again.</summary>
    public bool SaysNoReasonGiven { get; init; }
    /// <summary>A follow-up the person already sent ("chased them twice on linkedin"), how and when (FollowUpReading).</summary>
    public EarlierFollowUp? FollowedUpAlready { get; init; }
}

/// <summary>
/// Reads a message into <see cref="MessageDetails"/>. The built-in reader works offline and is the
/// floor; a model-backed reader implements the same contract and falls back to it.
/// </summary>
public interface IMessageReader
{
    ValueTask<MessageDetails> ReadAsync(string text, CancellationToken cancellationToken);
}
