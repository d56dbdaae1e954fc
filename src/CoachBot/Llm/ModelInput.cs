using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Llm;

/// <summary>
/// The user message of one model call: the request in <c>&lt;task&gt;</c>, and everything the person typed or
/// pasted in delimited blocks, which the system prompt declares data. Text cannot close a block early:
/// any of the delimiters inside it are taken out. The person's text is cut to the token budget.
/// </summary>
public sealed partial class ModelInput(int maxPersonCharacters)
{
    private readonly StringBuilder text = new();
    private int personCharactersLeft = maxPersonCharacters;

    /// <summary>What CoachBot asks; CoachBot's own words, never the person's.</summary>
    public ModelInput Task(string request) => Block("task", request);

    /// <summary>Known facts as <c>name: value</c> lines; values the person gave are data too.</summary>
    public ModelInput Case(IEnumerable<(string Name, string? Value)> facts)
    {
        var lines = facts.Where(fact => !string.IsNullOrWhiteSpace(fact.Value)).Select(fact => $"{fact.Name}: {Data(OneLine(fact.Value!))}");
        return Block("case", string.Join('\n', lines));
    }

    public ModelInput PersonText(string kind, string value) => Block("person_text", Data(value), kind);

    public ModelInput PastedEmail(string value) => Block("pasted_email", Data(value));

    public ModelInput Draft(string value) => Block("draft", Data(value));

    public override string ToString() => text.ToString().TrimEnd();

    private ModelInput Block(string tag, string body, string? kind = null)
    {
        text.Append('<').Append(tag);
        if (kind is not null)
        {
            text.Append(" kind=\"").Append(kind).Append('"');
        }

        text.Append(">\n").Append(body.Trim()).Append("\n</").Append(tag).Append(">\n\n");
        return this;
    }

    /// <summary>The person's text, without anything that looks like one of the delimiters, and within the budget.</summary>
    private string Data(string value)
    {
        var cleaned = Delimiter().Replace(value, string.Empty);
        if (cleaned.Length > personCharactersLeft)
        {
            cleaned = cleaned[..Math.Max(0, personCharactersLeft)];
        }

        personCharactersLeft -= cleaned.Length;
        return cleaned;
    }

    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"</?\s*(task|case|person_text|pasted_email|draft)\b[^>]*>?", RegexOptions.IgnoreCase)]
    private static partial Regex Delimiter();
}
