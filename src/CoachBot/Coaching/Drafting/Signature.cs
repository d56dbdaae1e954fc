using System.Text.RegularExpressions;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching.Drafting;

/// <summary>
/// Reads the answer to "How should I sign it?": a name on its own, or said in a sentence ("sign it as
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
        var trimmed = text.Trim();
        if (SaidInASentence().Match(trimmed) is { Success: true } said)
        {
            trimmed = said.Groups["name"].Value;
        }

        return Names.Person(trimmed.TrimEnd('.', '!', ' '));
    }

    [GeneratedRegex(@"^(?:please\s+|ok(?:ay)?,?\s+|yes,?\s+)?(?:(?:sign|signed|end)\s+(?:it|off|the\s+(?:reply|draft|letter|e-?mail))?\s*(?:as|with|by|off\s+as|off\s+with)|sign\s+off|use|put|just|my\s+name\s+is|my\s+name'?s|it'?s|i'?m|call\s+me|from)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaidInASentence();
}
