namespace CoachBot.Safety;

public enum SafetyAnswer
{
    Unclear,
    Okay,
    NotOkay,
}

/// <summary>
/// Reads the answer to "are you okay?" and "are you safe right now?", in every language CoachBot answers
/// in (the buttons it shows are localized, so tapping them must work too). The phrases are in
/// <c>SafetyAnswers.Phrases.cs</c>, folded as <see cref="FoldedText"/> folds the answer.
/// </summary>
public static partial class SafetyAnswers
{
    public static SafetyAnswer Read(string text)
    {
        var folded = FoldedText.Of(text);
        if (folded.Length == 0)
        {
            return SafetyAnswer.Unclear;
        }

        var words = $" {folded} ";
        // Read first: "I'm not okay" contains "okay", and when in doubt CoachBot leans toward offering help.
        if (NotOkay.IsIn(folded, words))
        {
            return SafetyAnswer.NotOkay;
        }

        if (Okay.IsIn(folded, words))
        {
            return SafetyAnswer.Okay;
        }

        // Read last: "no" alone answers "are you okay?", but "no, I'm fine" is an okay.
        return No.IsIn(folded, words) ? SafetyAnswer.NotOkay : SafetyAnswer.Unclear;
    }

    /// <summary>
    /// One kind of answer: phrases found as whole words (languages written with spaces), fragments found
    /// anywhere (Chinese, Japanese, and Korean, whose endings attach to the word), and short words that
    /// only count as the whole answer ("sí", "好", "네"), being too common inside other sentences.
    /// </summary>
    private sealed class AnswerPhrases(string[] phrases, string[] fragments, string[] wholeAnswers)
    {
        private readonly string[] phrases = [.. phrases.Select(phrase => $" {FoldedText.Of(phrase)} ")];
        private readonly string[] fragments = [.. fragments.Select(fragment => FoldedText.Of(fragment))];
        private readonly string[] wholeAnswers = [.. wholeAnswers.Select(answer => FoldedText.Of(answer))];

        public bool IsIn(string folded, string words) =>
            phrases.Any(phrase => words.Contains(phrase, StringComparison.Ordinal))
            || fragments.Any(fragment => folded.Contains(fragment, StringComparison.Ordinal))
            || wholeAnswers.Contains(folded, StringComparer.Ordinal);
    }
}
