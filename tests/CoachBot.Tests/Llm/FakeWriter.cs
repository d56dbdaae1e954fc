using System.Text.RegularExpressions;

namespace CoachBot.Tests.Llm;

/// <summary>
/// What a well-behaved model would write for a draft request, composed from the request as it arrived on
/// the wire (the &lt;case&gt; lines, the goal in &lt;task&gt;, the person's points): so a scenario tests what
/// CoachBot sent and what it does with the answer, not a canned string.
/// </summary>
public static partial class FakeWriter
{
    public static string Draft(FakeModelRequest request)
    {
        var content = request.UserContent;
        string? Fact(string name) => Regex.Match(content, $"^{Regex.Escape(name)}: (.+)$", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
        var company = Fact("company");
        var role = Fact("role");
        var contact = Fact("contact to address");
        var sender = Fact("the person's name");
        var ghosted = Fact("situation")?.StartsWith("never heard back", StringComparison.Ordinal) == true;
        var goal = Goal().Match(content).Groups[1].Value;
        var position = (role, company) switch
        {
            ({ } r, { } c) => $"the {r} role at {c}",
            (null, { } c) => $"the position at {c}",
            ({ } r, null) => $"the {r} role",
            _ => "the position",
        };
        var titled = contact is null ? null : Titled().Match(contact);
        var addressed = titled is { Success: true } ? $"{titled.Groups["title"].Value} {titled.Groups["surname"].Value}" : contact;
        var greeting = addressed is not null ? $"Dear {addressed}," : company is not null ? $"Dear {company} hiring team," : "Dear hiring team,";
        var thanks = ghosted
            ? $"Thank you for considering me for {position}."
            : $"Thank you for your time and for the chance to be part of the process for {position}.";
        var ask = goal switch
        {
            var g when g.StartsWith("thank them and ask, lightly", StringComparison.Ordinal) => "If you have a moment, I would appreciate a sentence or two of feedback, and I understand if that is not possible.",
            var g when g.StartsWith("thank them and restate", StringComparison.Ordinal) => "I remain very interested in the position and would be glad to be considered if anything changes.",
            var g when g.StartsWith("thank them, ask calmly", StringComparison.Ordinal) && Fact("reason the employer gave") is not null => "I understand the situation, and I would like to know whether a later start date or another position might be possible. Would you have time for a short call to discuss the offer?",
            var g when g.StartsWith("thank them, ask calmly", StringComparison.Ordinal) => "I would be grateful to understand the reason the offer was withdrawn, and whether a later start date might be possible. Would you have time for a short call to discuss the offer?",
            var g when g.StartsWith("ask politely where", StringComparison.Ordinal) => "I wanted to ask where things stand, and whether there is an update on next steps.",
            var g when g.StartsWith("say the person would still like to join", StringComparison.Ordinal) => "I would still like to join, and if the original offer is possible, I would be glad to accept it. Could we have a short call?",
            var g when g.StartsWith("decline the offer", StringComparison.Ordinal) => "After careful thought, I have decided to decline the offer. I hope we can stay in touch.",
            _ => "I would welcome being considered for future openings and hope we can stay in touch.",
        };
        var points = PersonText().Matches(content).Select(m => m.Groups[1].Value.Trim()).Select((point, i) => i == 0 ? $"One thing I would add: {point.TrimEnd('.')}." : $"Also, {point.TrimEnd('.')}.");
        var signOff = sender is null ? "Best regards," : $"Best regards,\n{sender}";
        return string.Join("\n\n", new[] { greeting, $"{thanks} {ask}" }.Concat(points).Append(signOff));
    }

    [GeneratedRegex(@"^(?<title>Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+.*?(?<surname>\S+)$")]
    private static partial Regex Titled();

    [GeneratedRegex(@"^Goal: (.+)$", RegexOptions.Multiline)]
    private static partial Regex Goal();

    [GeneratedRegex("<person_text kind=\"own point, keep these words\">\\n(.*?)\\n</person_text>", RegexOptions.Singleline)]
    private static partial Regex PersonText();
}
