namespace CoachBot.Coaching;

/// <summary>
/// What CoachBot says back to each feeling: a short, specific reflection, then a reframe drawn from
/// career-services guidance. Kind, brief, and never a diagnosis.
/// </summary>
public static class Feelings
{
    public static string Reflect(Feeling feeling, RejectionCase rejection)
    {
        var company = rejection.Company ?? "this company";
        if (rejection.Situation == Situation.Ghosted)
        {
            return feeling == Feeling.Relieved
                ? "Relief is a real answer too: waiting is tiring, and letting go of it can feel lighter."
                : $"Waiting without any word from {company} is hard, and it's natural to feel that way about it.";
        }

        if (rejection.Situation == Situation.DeclinedOffer)
        {
            // Relief at one's own decision says it fits; it is not the relief of a rejection that "wasn't the right fit".
            return feeling == Feeling.Relieved
                ? "Relief after making the call is usually a good sign about the decision itself."
                : "Saying no to an offer is a real decision, and it can bring up mixed feelings even when it's the right one.";
        }

        if (rejection.Stage == RejectionStage.OfferRescinded && feeling is Feeling.Disappointed or Feeling.Angry)
        {
            // Not a no after a contest: a yes that was taken back, often after the person said no to others.
            return feeling == Feeling.Angry
                ? $"It makes sense to feel angry. {company} made you an offer and then took it back, and you planned around that yes."
                : $"Of course you're disappointed. You had a yes from {company}, and losing it after you'd started planning is a real blow.";
        }

        return feeling switch
        {
            Feeling.Disappointed => $"Of course you're disappointed. You put real time and hope into {company}, and that doesn't just switch off.",
            Feeling.Frustrated => $"That's frustrating, especially after {EffortFor(rejection.Stage)}. Anyone would feel it.",
            Feeling.DoubtingMyself => "A no like this makes almost everyone question themselves. That's a very normal reaction, not a verdict.",
            Feeling.Angry => $"It makes sense to feel angry. You invested in {company} and the answer didn't go your way.",
            Feeling.Relieved => "Relief is a real answer too. Sometimes part of us already knew it wasn't quite the right fit.",
            _ => "Whatever you're feeling is okay, and it can be several things at once.",
        };
    }

    public static string Reframe(Feeling feeling, RejectionCase rejection) => rejection.Situation switch
    {
        Situation.Ghosted => "Silence is usually about their process (busy teams, slow approvals, a role on hold), not a verdict on you.",
        Situation.DeclinedOffer => "Choosing what fits you is part of a good career, and a gracious no keeps the relationship.",
        _ => ReframeRejection(feeling, rejection),
    };

    /// <summary>Whether the reframe for self-doubt already says what reaching the stage means (early screens, or someone seeing something in you).</summary>
    public static bool ReframeSaysWhatTheStageMeans(RejectionCase rejection) =>
        rejection.Situation is not (Situation.Ghosted or Situation.DeclinedOffer)
        && rejection.Stage is null or RejectionStage.Application or RejectionStage.ScreeningCall or RejectionStage.Interview or RejectionStage.FinalRound;

    private static string ReframeRejection(Feeling feeling, RejectionCase rejection) => feeling switch
    {
        Feeling.Disappointed => "A rejection is one decision, by one team, on one day. It says much less about your worth than it feels like right now.",
        Feeling.Frustrated => "Frustration usually means you care about doing well. Let's put some of that energy into a next step you control.",
        Feeling.DoubtingMyself => rejection.Stage is RejectionStage.Application or null
            ? "Early screens are often automated and high-volume; they miss strong people all the time. It isn't a measure of what you can do."
            : $"Remember: you got to the {StageName(rejection.Stage.Value)}, which means someone already saw something in you. Hiring also weighs things you can't see, like internal candidates, budgets and timing.",
        Feeling.Angry => "Anger is fine to feel and not a great thing to put in an e-mail. We'll write something calm, and you can vent to a friend first.",
        Feeling.Relieved => "That's useful to know about what you want next. Let's still close this one gracefully; people move between companies.",
        _ => "You don't have to sort it all out right now. Let's take the next small step together.",
    };

    public static string StageName(RejectionStage stage) => stage switch
    {
        RejectionStage.Application => "application stage",
        RejectionStage.ScreeningCall => "screening call",
        RejectionStage.Interview => "interviews",
        RejectionStage.FinalRound => "final round",
        RejectionStage.OfferRescinded => "offer stage",
        _ => "negotiation stage",
    };

    private static string EffortFor(RejectionStage? stage) => stage switch
    {
        RejectionStage.Application => "all the work that goes into an application",
        RejectionStage.ScreeningCall => "getting through to a call",
        RejectionStage.Interview => "preparing for and doing the interviews",
        RejectionStage.FinalRound => "making it all the way to the final round",
        RejectionStage.OfferRescinded => "already having an offer in hand",
        RejectionStage.NegotiationBrokeDown => "getting as far as negotiating",
        _ => "the effort you put in",
    };
}
