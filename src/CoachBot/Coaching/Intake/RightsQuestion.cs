using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// A question inside a story about whether the employer may do what it did ("is that even allowed??", "can they
/// do that?", "Is that even legal?"). CoachBot is no lawyer; the question is acknowledged, not answered, and the
/// intake goes on.
/// </summary>
public static partial class RightsQuestion
{
    private const int MatchTimeoutMs = 1_000;

    public static bool IsAsked(string text)
    {
        try
        {
            return Asked().IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Only asked, to the question mark: "they said it's allowed" and "can they do that for the role" are no question.</summary>
    [GeneratedRegex(@"(?:\b(?:is|was|isn'?t|isn’t)\s+(?:that|this|it|what\s+they\s+did)\s+(?:even\s+|actually\s+|really\s+)?(?:allowed|legal|lawful|permitted|against\s+the\s+law)|\bcan\s+(?:they|companies|a\s+company|employers?|an\s+employer|he|she|the\s+company)\s+(?:even\s+|legally\s+|actually\s+|really\s+|just\s+)?(?:do\s+(?:that|this)|pull|rescind|withdraw|revoke|take\s+(?:it|back)|cancel)|\b(?:are|is)\s+(?:they|companies|employers?|the\s+company|the\s+employer)\s+(?:even\s+|legally\s+|actually\s+)?allowed\s+to)\b[^.!?\n]{0,60}\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex Asked();
}
