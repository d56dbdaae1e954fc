using CoachBot.Conversations.Dialogs;

namespace CoachBot.Safety;

public enum SafetyAnswer
{
    Unclear,
    Okay,
    NotOkay,
}

/// <summary>Reads the answer to "are you okay?" and "are you safe right now?".</summary>
public static class SafetyAnswers
{
    // Read first: "I'm not okay" contains "okay", and when in doubt CoachBot leans toward offering help.
    private static readonly string[] NotOkayWords =
    [
        "not okay", "not ok", "not safe", "not fine", "not good", "not really", "not great", "struggling", "need help", "help me", "help now", "scared",
    ];

    // Read last: "no" alone answers "are you okay?", but "no, I'm fine" is an okay.
    private static readonly string[] NoWords = ["no", "nope", "nah"];

    private static readonly string[] OkayWords =
    [
        "im okay lets go on", "im safe lets go on", "yes", "yeah", "yep", "yes im safe", "im safe", "safe", "okay", "ok", "fine", "im fine", "im good", "good",
        "all good", "i am okay", "i am safe", "i am fine", "joking", "just joking", "kidding", "just kidding", "jk", "lol",
        "figure of speech", "just a figure of speech", "just an expression", "go on", "lets go on", "continue", "lets continue",
    ];

    public static SafetyAnswer Read(string text)
    {
        var words = $" {ChoiceRecognizer.Normalize(text)} ";
        if (words.Trim().Length == 0)
        {
            return SafetyAnswer.Unclear;
        }

        if (NotOkayWords.Any(phrase => words.Contains($" {phrase} ", StringComparison.Ordinal)))
        {
            return SafetyAnswer.NotOkay;
        }

        if (OkayWords.Any(phrase => words.Contains($" {phrase} ", StringComparison.Ordinal)))
        {
            return SafetyAnswer.Okay;
        }

        return NoWords.Any(phrase => words.Contains($" {phrase} ", StringComparison.Ordinal)) ? SafetyAnswer.NotOkay : SafetyAnswer.Unclear;
    }
}
