namespace CoachBot.Coaching.Drafting;

/// <summary>
/// A case's facts as drafts use them, so the drafter and the rubric that checks its drafts read the same
/// company, role and names.
/// </summary>
internal static class CaseText
{
    private static readonly string[] RoleNouns = [" role", " position"];

    /// <summary>Trims whitespace and trailing punctuation; blank becomes null.</summary>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim().TrimEnd('.', ',', ';', ':', '!', '?').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>The greeting the person asked for ("Hi Priya"), as the draft's first line with its comma; null for the usual one.</summary>
    public static string? GreetingLine(DraftStyle? style) =>
        Clean(style?.Greeting) is { } greeting ? $"{greeting}," : null;

    /// <summary>"the Software Engineer position" becomes "Software Engineer", so a template can add its own noun.</summary>
    public static string? CleanRole(string? value)
    {
        var role = Clean(value);
        if (role is null)
        {
            return null;
        }

        if (role.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            role = role[4..].TrimStart();
        }

        foreach (var noun in RoleNouns)
        {
            if (role.Length > noun.Length && role.EndsWith(noun, StringComparison.OrdinalIgnoreCase))
            {
                role = role[..^noun.Length].TrimEnd();
            }
        }

        return role.Length == 0 ? null : role;
    }
}
