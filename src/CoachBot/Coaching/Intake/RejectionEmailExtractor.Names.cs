using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>The names in a rejection e-mail: the company, the role and the person who signed it.</summary>
public static partial class RejectionEmailExtractor
{
    // ----- Company -----

    private static readonly HashSet<string> TeamWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Team", "Teams", "Recruiting", "Recruitment", "Talent", "Acquisition", "Hiring", "HR",
        "Careers", "Career", "University", "Campus", "Human", "Resources", "People", "Staffing",
    };

    /// <summary>Words that start sentences or sign-offs; a captured name stops before them.</summary>
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "We", "I", "Our", "Us", "You", "Your", "This", "That", "These", "Those", "It", "Unfortunately",
        "Thank", "Thanks", "However", "Please", "While", "Although", "After", "As", "At", "In", "On", "For",
        "If", "Best", "Regards", "Sincerely", "Dear", "Hi", "Hello", "Kind", "Warm", "Cheers", "Again",
    };

    /// <summary>A signer's title ("Head of Early Careers") starts with these: never the company.</summary>
    private static readonly HashSet<string> SignerTitleStarts = new(StringComparer.Ordinal)
    {
        "Head", "Lead", "Director", "Manager", "Officer", "Early", "Senior", "Associate", "Chief", "VP", "Vice",
    };

    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "LLC", "Ltd", "Limited", "Corp", "GmbH", "PLC", "LLP",
    };

    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Position", "Role", "Internship", "Intern", "Opening", "Job", "Opportunity", "Vacancy", "Posting",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "&", "-", "–", "—", "/" };

    private static string? FindCompany(string email)
    {
        foreach (var (pattern, needsTeamSuffix) in CompanyPatterns())
        {
            foreach (var match in AllMatches(pattern, email))
            {
                if (CleanCompany(match.Groups["company"].Value, needsTeamSuffix) is { } company)
                {
                    return company;
                }
            }
        }

        return null;
    }

    /// <summary>Most specific first. Team-style names ("The Contoso Recruiting Team") only count with their suffix.</summary>
    private static IEnumerable<(Regex Pattern, bool NeedsTeamSuffix)> CompanyPatterns()
    {
        yield return (CompanyAfterRoleNoun(), false);
        yield return (CompanyAsTeam(), true);
        yield return (CompanyAfterInterest(), false);
        yield return (CompanyAfterVerb(), false);
        yield return (CompanyInSignature(), false);
        yield return (CompanyUnderTitle(), false);
        yield return (CompanyAfterTitle(), false);
    }

    private static string? CleanCompany(string raw, bool needsTeamSuffix)
    {
        var words = CutAtSentenceWord(raw);
        if (words.Count > 1 && words[0].Equals("The", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        var hadTeamSuffix = false;
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1].TrimEnd('.')))
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 0 && TeamWords.Contains(StripPossessive(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
            hadTeamSuffix = true;
        }

        TrimConnectors(words);
        if (words.Count == 0 || (needsTeamSuffix && !hadTeamSuffix))
        {
            return null;
        }

        words[^1] = StripPossessive(words[^1]);
        if (NotNameWords.Contains(words[0]) || SignerTitleStarts.Contains(words[0]) || words.Exists(RoleNouns.Contains) || words.TrueForAll(TeamWords.Contains))
        {
            return null;
        }

        var company = string.Join(' ', words).Trim('\'', '’', '-');
        return company.Length is > 0 and <= MaxCompanyChars ? company : null;
    }

    // ----- Role -----

    private static readonly HashSet<string> TrailingRoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Position", "Role", "Opening", "Job", "Opportunity", "Vacancy", "Posting",
    };

    private static string? FindRole(string email, string? company)
    {
        foreach (var pattern in (Regex[])[RoleBeforeNoun(), RoleAfterRoleOf(), RoleAfterApplicationFor()])
        {
            foreach (var match in AllMatches(pattern, email))
            {
                var noun = match.Groups["noun"];
                var internship = noun.Success && noun.Value.Equals("internship", StringComparison.OrdinalIgnoreCase);
                if (CleanRole(match.Groups["role"].Value, company, internship ? noun.Value : null) is { } role)
                {
                    return role;
                }
            }
        }

        return null;
    }

    private static string? CleanRole(string raw, string? company, string? internshipNoun)
    {
        var words = CutAtSentenceWord(raw);
        if (company is not null)
        {
            DropLeadingCompany(words, company);
        }

        while (words.Count > 0 && TrailingRoleNouns.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        TrimConnectors(words);
        if (words.Count == 0 || words.Count > MaxRoleWords || NotNameWords.Contains(words[0]) || words.TrueForAll(RoleNouns.Contains))
        {
            return null;
        }

        var role = string.Join(' ', words).TrimEnd(',', '-', '/', '(');
        if (internshipNoun is not null && !words[^1].StartsWith("Intern", StringComparison.OrdinalIgnoreCase))
        {
            role = $"{role} {internshipNoun}";
        }

        var isCompany = company is not null && role.Equals(company, StringComparison.OrdinalIgnoreCase);
        return role.Length is > 0 and <= MaxRoleChars && !isCompany ? role : null;
    }

    private static void DropLeadingCompany(List<string> words, string company)
    {
        var companyWords = company.Split(' ');
        if (words.Count <= companyWords.Length)
        {
            return;
        }

        for (var i = 0; i < companyWords.Length; i++)
        {
            var word = i == companyWords.Length - 1 ? StripPossessive(words[i]) : words[i];
            if (!word.Equals(companyWords[i], StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        words.RemoveRange(0, companyWords.Length);
    }

    // ----- Contact -----

    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Team", "Recruiting", "Recruitment", "Talent", "Acquisition", "HR", "Hiring", "Careers", "Human",
        "Resources", "People", "Department", "Office", "Inc", "LLC", "Ltd", "Company", "Admissions",
        "Program", "Committee", "Staff", "Recruiter", "Coordinator", "Manager", "Director", "Partner",
        "Specialist", "Sourcer", "Lead", "The", "Your", "Our", "Us", "Group", "Services", "Support",
    };

    private static string? FindContactName(string email, string? company)
    {
        var addressee = FirstMatch(Salutation(), email) is { Success: true } hello ? hello.Groups["name"].Value.Trim() : null;
        foreach (var signOff in AllMatches(SignOff(), email).Concat(AllMatches(SignOffAtEnd(), email)))
        {
            var inline = signOff.Groups["inline"].Value.Trim();
            var candidate = inline.Length > 0 ? inline : FirstNonBlankLineAfter(email, signOff.Index + signOff.Length);
            if (candidate is not null && CleanPersonName(candidate, company, addressee) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The first non-blank line within the next few lines, if it is short enough to be a name.</summary>
    private static string? FirstNonBlankLineAfter(string email, int position)
    {
        const int linesToLook = 4;
        const int maxNameLineChars = 80;
        var start = position;
        for (var looked = 0; looked < linesToLook && start < email.Length; looked++)
        {
            var end = email.IndexOf('\n', start);
            end = end < 0 ? email.Length : end;
            if (end - start <= maxNameLineChars && email[start..end].Trim() is { Length: > 0 } line)
            {
                return line;
            }

            if (end - start > maxNameLineChars)
            {
                return null;
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>"Jordan Lee, Recruiter" and "Jordan Lee | Contoso" become "Jordan Lee"; team names are refused.</summary>
    private static string? CleanPersonName(string line, string? company, string? addressee)
    {
        var cut = line.IndexOfAny([',', '|', '(', '–', '—', '<']);
        var dash = line.IndexOf(" - ", StringComparison.Ordinal);
        var end = new[] { cut, dash, line.Length }.Where(i => i >= 0).Min();
        var name = line[..end].Trim().TrimStart('-', '–', '—', ' ');

        if (!IsMatch(PersonName(), name))
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isCompany = company is not null && name.Contains(company, StringComparison.OrdinalIgnoreCase);
        var isAddressee = addressee is not null && name.Equals(addressee, StringComparison.OrdinalIgnoreCase);
        return words.Any(NotPersonWords.Contains) || isCompany || isAddressee ? null : name;
    }
}
