using System.Text.RegularExpressions;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching.Drafting;

/// <summary>
/// Reads the answer to "How should I sign your reply?": a name on its own, or said in a sentence ("sign it as
/// Maya", "just Maya", "my name is Maya Chen"). A bare "yes" names nobody, and neither does a sentence
/// that is no name: the name is asked for again.
/// </summary>
public static partial class Signature
{
    public const string NameNeeded = "Happy to sign it. Which name should go at the bottom? Just the name, like \"Maya\" or \"Maya Chen\".";

    /// <summary>For an answer with no name in it: never signed with, never left unsigned without a word.</summary>
    public const string NoNameFound = "I couldn't find a name to sign with in that. Which name should go at the bottom? Just the name, like \"Maya\", or tap \"Leave it unsigned\".";

    /// <summary>For the name of the person the reply goes to: a letter signed with its addressee's name would be sent as theirs.</summary>
    public static string IsTheContact(string contact) =>
        $"{contact} is who the reply goes to. Which of your own names should go at the bottom? Just the name, or tap \"Leave it unsigned\".";

    /// <summary>Whether a name to sign with is the contact's, whole or their first or last name alone ("Ana" for "Ana Ruiz").</summary>
    public static bool NamesTheContact(string name, string? contact)
    {
        if (Names.Person(contact ?? string.Empty) is not { } addressee)
        {
            return false;
        }

        var contactParts = ChoiceRecognizer.Normalize(addressee).Split(' ');
        var nameParts = ChoiceRecognizer.Normalize(name).Split(' ');
        return nameParts.SequenceEqual(contactParts) || (nameParts.Length == 1 && contactParts.Length > 1 && contactParts.Contains(nameParts[0]));
    }

    private static readonly List<Choice> Agreement =
        [new Choice { Value = "yes", Synonyms = ["yes", "yep", "yeah", "sure", "ok", "okay", "yes please", "please", "sign it", "go ahead", "of course", "y"] }];

    /// <summary>"yes", "sure", "sign it": agreeing to sign without saying the name.</summary>
    public static bool IsAgreementOnly(string text) =>
        ChoiceRecognizer.Normalize(text) is { Length: > 0 } normalized && ChoiceRecognizer.RecognizeWords(normalized, Agreement) is not null
        && normalized.Split(' ').Length <= 3;

    /// <summary>The name to sign with, in its written form; null when the answer holds no name.</summary>
    public static string? NameIn(string text)
    {
        // "Check where things stand", tapped ahead from the next question's buttons: a label is never a name.
        if (ButtonLabels.Contains(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (SaidInASentence().Match(trimmed) is { Success: true } said)
        {
            trimmed = said.Groups["name"].Value;
        }

        return Names.Person(trimmed.TrimEnd('.', '!', ' '));
    }

    /// <summary>
    /// The name a finished draft should be signed with instead ("sign it as Maya", "change the signature to Maya Chen",
    /// "put Maya at the bottom"); null when the words ask no such change. Only said as a change of signature: a bare
    /// name at the draft is no request.
    /// </summary>
    public static string? NewNameIn(string typed)
    {
        var asked = ChangeAsked().Match(typed);
        return asked.Success ? Names.Person(asked.Groups["name"].Value.Trim().TrimEnd('.', '!', ' ')) : null;
    }

    /// <summary>"leave it unsigned", "don't sign it", "take my name off": the draft without a name at the bottom.</summary>
    public static bool AsksUnsigned(string typed) => Unsigned().IsMatch(typed);

    [GeneratedRegex(@"\b(?:sign(?:ed)?\s+(?:it|off|the\s+(?:reply|draft|letter|e-?mail))\s*(?:as|with|by)?|(?:change|switch|set)\s+(?:the\s+|my\s+)?(?:signature|sign-?off|name\s+at\s+the\s+(?:bottom|end))\s+to|(?:put|use)(?=\s+\S+(?:\s+\S+)?\s+(?:at\s+the\s+(?:bottom|end)|as\s+(?:the\s+)?(?:signature|sign-?off))))\s+(?<name>[\p{L}'\u2019.-]+(?:\s+[\p{L}'\u2019.-]+)?)(?:\s+(?:at\s+the\s+(?:bottom|end)|as\s+(?:the\s+)?(?:signature|sign-?off)|instead|please)){0,2}\s*(?:[,.!]|$|\s+(?:and|then)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeAsked();

    [GeneratedRegex(@"\b(?:(?:leave|make)\s+it\s+unsigned|(?:don'?t|do\s+not|dont)\s+sign\s+it|no\s+(?:signature|name\s+at\s+the\s+(?:bottom|end))|(?:take|remove)\s+my\s+name\s+(?:off|out))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unsigned();

    [GeneratedRegex(@"^(?:please\s+|ok(?:ay)?,?\s+|yes,?\s+)?(?:(?:sign|signed|end)\s+(?:it|off|the\s+(?:reply|draft|letter|e-?mail))?\s*(?:as|with|by|off\s+as|off\s+with)|sign\s+off|use|put|just|my\s+name\s+is|my\s+name'?s|it'?s|i'?m|call\s+me|from)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaidInASentence();
}
