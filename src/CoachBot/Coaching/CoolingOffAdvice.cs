namespace CoachBot.Coaching;

/// <summary>
/// Whether to suggest waiting before replying. Waiting helps a reply written in the heat of the moment:
/// anger or frustration at news that is hours old. It does not help a person who doubts themselves, who
/// needs steadiness rather than a pause that reads as "you can't be trusted with this", nor news that
/// is already a day or more old, when the heat has passed. A rescinded offer heard today is the
/// exception: it is the reply most worth writing calmly, whatever the feeling.
/// </summary>
public static class CoolingOffAdvice
{
    public static bool CallsForWait(RejectionCase rejection)
    {
        if (rejection.Situation is Situation.Ghosted or Situation.DeclinedOffer)
        {
            return false;
        }

        if (rejection.Stage == RejectionStage.OfferRescinded && rejection.HeardWhen == HeardWhen.Today)
        {
            return true;
        }

        return rejection.Feeling switch
        {
            // Heard today (or not said when): the heat of the moment.
            Feeling.Angry or Feeling.Frustrated => rejection.HeardWhen is HeardWhen.Today or null
                // Anger lasts longer than frustration: yesterday's news can still sting that much.
                || (rejection.Feeling == Feeling.Angry && rejection.HeardWhen == HeardWhen.Yesterday),
            _ => false,
        };
    }
}
