using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Drafting;

/// <summary>
/// Chat text as people type it ("the pay is kinda low tbh", "i can start in june lol"): what the rubric
/// refuses in a letter, and what the drafter tidies or leaves to the person before any of their own words
/// go into one. Nothing the person typed goes into a draft unread.
/// </summary>
public static partial class ChatRegister
{
    /// <summary>The first piece of chat register in the text, or null when it reads as written English.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var found = ChatWords().Match(text);
        if (!found.Success)
        {
            found = LowerCaseI().Match(text);
        }

        if (!found.Success)
        {
            found = Emoticon().Match(text);
        }

        return found.Success ? found.Value : null;
    }

    /// <summary>
    /// The person's words as a letter can carry them: one line, fillers ("tbh", "lol", "honestly") and
    /// emoticons dropped, "i" and "im" written properly. Null when what is left still reads as chat
    /// ("kinda", "gonna"): then it is the person's to word, not the drafter's to paste.
    /// </summary>
    public static string? Shape(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var oneLine = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var shaped = Emoticon().Replace(Fillers().Replace(oneLine, " "), " ");
        shaped = LowerCaseI().Replace(shaped, match => match.Value.Length == 1 ? "I" : "I'm");
        shaped = Spaces().Replace(shaped, " ").Trim().Trim(',', ';', ' ').TrimEnd('.', ':', '!', '?', ' ').TrimStart('-', '*', ' ');
        return shaped.Length == 0 || Find(shaped) is not null ? null : shaped;
    }

    /// <summary>Words no one writes to an employer.</summary>
    [GeneratedRegex(@"\b(?:tbh|tbf|kinda|sorta|gonna|wanna|gotta|lol|lmao|rofl|idk|imo|imho|ngl|omg|btw|smh|cuz|coz|pls|plz|thx|dunno|yeah|nah|yep|yup|ain't|y'all|ugh|meh|haha\w*)\b|(?<![\p{L}'.])(?:u|ur)(?![\p{L}'.])|[!?]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatWords();

    /// <summary>"i" and "im" in lower case, as typed on a phone.</summary>
    [GeneratedRegex(@"(?<![\p{L}'\u2019.])(?:i|im)(?![\p{L}'\u2019.])", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseI();

    [GeneratedRegex(@"(?<!\S)(?:[:;=]-?[()DPp/\\|]|<3|xD|XD)(?!\S)|[\u2600-\u27BF]|\p{Cs}", RegexOptions.CultureInvariant)]
    private static partial Regex Emoticon();

    /// <summary>Fillers that add nothing a letter needs; dropped, with the comma that came with them.</summary>
    [GeneratedRegex(@",?\s*\b(?:tbh|tbf|lol|lmao|ngl|imo|imho|haha\w*|honestly|literally|to be honest|just saying|btw)\b,?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fillers();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
