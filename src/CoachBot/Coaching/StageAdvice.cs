namespace CoachBot.Coaching;

/// <summary>
/// What career-services guidance says about replying at each stage, and which goals fit it, the
/// recommended one first.
/// </summary>
public static class StageAdvice
{
    private const string GhostedNote = "Hearing nothing at all is its own kind of hard. A short, polite note is fine, and if it goes unanswered, that's about their process, not you.";

    /// <summary>
    /// Only the timing: the reflection just before it has already said that waiting is hard and that silence is about
    /// their process, not the person.
    /// </summary>
    public const string GhostedTiming = "If it's been a week or two past the date they gave (or about two weeks since you applied or interviewed), a short, polite check on where things stand is reasonable. If that goes unanswered for another week or two, it's fine to let it go and put your energy into your other applications.";
    /// <summary>
    /// For someone who has already followed up: the first check is done, so the advice is about the last one, or about
    /// letting go once two have gone unanswered.
    /// </summary>
    public static string AfterTheirFollowUp(EarlierFollowUp followUp)
    {
        var said = Intake.FollowUpReading.Say(followUp);
        var since = $"Since {said}, you've already done the reasonable thing.";
        return followUp.Times is >= 2
            ? $"{since} It's fine to let it go now and put your energy into your other applications; one last short note is optional, and if they come back, that's a bonus."
            : $"{since} One more short, polite note about a week after yours is fine; if that goes unanswered too, it's fine to let it go and put your energy into your other applications.";
    }

    public const string DeclineAdvice = "Turning down an offer well matters, because people move and teams hire again. Reply soon, thank them for the offer and their time, give a brief, honest reason only if you want to (you don't owe one), and keep the door open.";
    public const string NoRush = "There's no rush: it's fine to let a few hours or a day pass before you reply.";

    /// <summary>
    /// The advice for the situation, the stage and the reason given, and for fresh news the reminder that waiting is
    /// fine, unless the wait is about to be offered (<see cref="CoolingOffAdvice"/>): then it would be said twice.
    /// </summary>
    public static string For(RejectionCase rejection, string office)
    {
        switch (rejection.Situation)
        {
            case Situation.Ghosted:
                return rejection.FollowedUpAlready is { } followUp ? AfterTheirFollowUp(followUp) : GhostedTiming;
            case Situation.DeclinedOffer:
                return DeclineAdvice;
        }

        var kind = ReasonAtStage.KindOf(rejection.Reason, rejection.Stage);
        var reasonAdvice = Reasons.Advice(kind, office);
        // A rescinded offer's generic advice ("almost always about the company") is wrong once the reason is known.
        var advice = reasonAdvice is not null && rejection.Stage == RejectionStage.OfferRescinded
            ? reasonAdvice
            : reasonAdvice is null ? For(rejection) : $"{For(rejection)} {reasonAdvice}";
        if (rejection.Stage == RejectionStage.OfferRescinded)
        {
            // The office is named once in a message: the reason's advice may have sent the person there already.
            advice = $"{advice} {RescindedNextSteps(office, rejection.TurnedDownOtherOffers, officeNamed: advice.Contains(office, StringComparison.Ordinal))}";
        }

        var fresh = rejection.HeardWhen is Coaching.HeardWhen.Today or Coaching.HeardWhen.Yesterday && rejection.HeardVia != HeardVia.NoWord;
        return fresh && !CoolingOffAdvice.CallsForWait(rejection) ? $"{advice} {NoRush}" : advice;
    }

    /// <summary>What to do beyond the reply when an offer is withdrawn, whatever the reason: the person may have no job lined up now.</summary>
    public static string RescindedNextSteps(string office, bool turnedDownOtherOffers, bool officeNamed = false) =>
        (officeNamed ? "Career offices also keep track of withdrawn offers, so tell yours about it; they can often help. " : $"Let {office} know as well: career offices keep track of withdrawn offers and can often help. ")
        + (turnedDownOtherOffers
            ? "You turned other offers down for this one: it's fine to write to those employers, say plainly that the offer you accepted was withdrawn, and ask whether the role is still open."
            : "If you turned other offers down for this one, it's fine to tell those employers you're available again.");

    /// <summary>
    /// What the stage means, then what to do. Someone doubting themselves has just been told what the stage means
    /// (<see cref="Feelings.Reframe"/>), so they get only what to do, not the same thought twice.
    /// </summary>
    public static string For(RejectionCase rejection)
    {
        var (meaning, action) = rejection.Stage switch
        {
            RejectionStage.Application => ("At the application stage the screen is often automated and high-volume.", "Asking for feedback after an application rarely gets an answer, so a short thank-you that keeps the door open is the better use of your energy."),
            RejectionStage.ScreeningCall => ("You got past the resume screen, so your application worked.", "A brief thank-you to the recruiter keeps you on their radar, and a feedback request sometimes gets a line or two back."),
            RejectionStage.Interview => ("You made it to interviews, so someone saw real potential.", "A short note that thanks them and asks for feedback is worth sending; just expect that many companies share very little."),
            RejectionStage.FinalRound => ("Reaching the final round means you were a serious contender, and it often comes down to small things.", "It's the best moment to ask for feedback and to stay connected for the next opening."),
            RejectionStage.OfferRescinded => ("A rescinded offer is almost always about the company (budget, a hiring freeze, a reorganisation), not about you.", "A calm, short request for clarification is reasonable; keep it factual."),
            RejectionStage.NegotiationBrokeDown => ("A negotiation that didn't land isn't a failure: you advocated for yourself.", "A gracious note keeps the relationship, and sometimes the door, open. If you'd still take the job as first offered, you can say so plainly; some employers reopen the offer."),
            _ => ((string?)null, "A short, gracious reply keeps the door open, and that's usually worth it."),
        };
        var reframed = rejection.Feeling == Feeling.DoubtingMyself && Feelings.ReframeSaysWhatTheStageMeans(rejection);
        var advice = meaning is null || reframed ? action : $"{meaning} {action}";
        return rejection.HeardVia == HeardVia.NoWord ? $"{advice} {GhostedNote}" : advice;
    }

    public static IReadOnlyList<ReplyGoal> GoalsFor(RejectionCase rejection) => rejection.Situation switch
    {
        Situation.Ghosted => [ReplyGoal.CheckOnStatus, ReplyGoal.ThankAndStayConnected],
        Situation.DeclinedOffer => [ReplyGoal.DeclineOffer],
        _ => GoalsFor(rejection.Stage),
    };

    public static IReadOnlyList<ReplyGoal> GoalsFor(RejectionStage? stage) => stage switch
    {
        RejectionStage.Application => [ReplyGoal.ThankAndStayConnected, ReplyGoal.AskForFeedback, ReplyGoal.OneLastPitch],
        RejectionStage.OfferRescinded => [ReplyGoal.AskAboutRescindedOffer, ReplyGoal.ThankAndStayConnected],
        RejectionStage.NegotiationBrokeDown => [ReplyGoal.ThankAndStayConnected, ReplyGoal.TakeOriginalOffer, ReplyGoal.OneLastPitch],
        _ => [ReplyGoal.AskForFeedback, ReplyGoal.ThankAndStayConnected, ReplyGoal.OneLastPitch],
    };
}
