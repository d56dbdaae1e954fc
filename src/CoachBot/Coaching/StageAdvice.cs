namespace CoachBot.Coaching;

/// <summary>
/// What career-services guidance says about replying at each stage, and which goals fit it, the
/// recommended one first.
/// </summary>
public static class StageAdvice
{
    private const string GhostedNote = "Hearing nothing at all is its own kind of hard. A short, polite note is fine, and if it goes unanswered, that's about their process, not you.";

    public static string For(RejectionCase rejection)
    {
        var advice = rejection.Stage switch
        {
            RejectionStage.Application => "At the application stage the screen is often automated and high-volume, so asking for feedback rarely gets an answer. A short thank-you that keeps the door open is the better use of your energy.",
            RejectionStage.ScreeningCall => "You got past the resume screen, so your application worked. A brief thank-you to the recruiter keeps you on their radar, and a feedback request sometimes gets a line or two back.",
            RejectionStage.Interview => "You made it to interviews, so someone saw real potential. A short note that thanks them and asks for feedback is worth sending; just expect that many companies share very little.",
            RejectionStage.FinalRound => "Reaching the final round means you were a serious contender, and it often comes down to small things. It's the best moment to ask for feedback and to stay connected for the next opening.",
            RejectionStage.OfferRescinded => "A rescinded offer is almost always about the company (budget, a hiring freeze, a reorganisation), not about you. A calm, short request for clarification is reasonable; keep it factual.",
            RejectionStage.NegotiationBrokeDown => "A negotiation that didn't land isn't a failure: you advocated for yourself. A gracious note keeps the relationship, and sometimes the door, open.",
            _ => "A short, gracious reply keeps the door open, and that's usually worth it.",
        };
        return rejection.HeardVia == HeardVia.NoWord ? $"{advice} {GhostedNote}" : advice;
    }

    public static IReadOnlyList<ReplyGoal> GoalsFor(RejectionStage? stage) => stage switch
    {
        RejectionStage.Application => [ReplyGoal.ThankAndStayConnected, ReplyGoal.AskForFeedback, ReplyGoal.OneLastPitch],
        RejectionStage.OfferRescinded => [ReplyGoal.AskAboutRescindedOffer, ReplyGoal.ThankAndStayConnected],
        RejectionStage.NegotiationBrokeDown => [ReplyGoal.ThankAndStayConnected, ReplyGoal.OneLastPitch],
        _ => [ReplyGoal.AskForFeedback, ReplyGoal.ThankAndStayConnected, ReplyGoal.OneLastPitch],
    };
}
