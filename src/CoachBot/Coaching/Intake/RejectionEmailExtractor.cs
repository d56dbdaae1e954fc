// TEMP STUB until the real extractor lands.
namespace CoachBot.Coaching.Intake;
public static class RejectionEmailExtractor
{
    public static bool LooksLikeRejectionEmail(string text) => text.Contains("unfortunately", StringComparison.OrdinalIgnoreCase);
    public static void FillMissing(string emailText, RejectionCase target) => target.HeardVia ??= HeardVia.Email;
}
