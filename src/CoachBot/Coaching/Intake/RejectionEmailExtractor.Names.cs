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
        var words = CutAtSentenceWord(Names.WithoutWhenItStarts(raw));
        if (company is not null)
        {
            DropLeadingCompany(words, company);
        }

        while (words.Count > 0 && TrailingRoleNouns.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        TrimConnectors(words);
        // "FOR THE POSITION OF ASSISTANT ACCOUNTANT": a word typed in capitals is the same word.
        var first = words.Count > 0 && words[0].Length > 1 && words[0].All(char.IsUpper) ? words[0][0] + words[0][1..].ToLowerInvariant() : words.FirstOrDefault();
        if (words.Count == 0 || words.Count > MaxRoleWords || NotNameWords.Contains(first!) || first is "The" or "A" or "An" || words.TrueForAll(RoleNouns.Contains))
        {
            return null;
        }

        var role = string.Join(' ', words).TrimEnd(',', '-', '/', '(');
        // "ASSISTANT ACCOUNTANT (REF: KPC/HR/042/2024)": a bracket the title runs into is no part of it.
        role = role.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0 && role.IndexOf(')', open) < 0 ? role[..open] : role;
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
        var hello = FirstMatch(Salutation(), email);
        var addressee = hello is { Success: true } ? hello.Groups["name"].Value.Trim() : null;
        foreach (var signOff in AllMatches(SignOff(), email).Concat(AllMatches(SignOffAtEnd(), email)))
        {
            // "Dear Sir or Madam, I am a final-year PhD student … Yours faithfully, A. Mensah": a letter in the person's
            // own voice (their reply, or their own request pasted) is signed by the person, never by the contact.
            if (SignsOwnLetter(email, signOff.Index))
            {
                continue;
            }

            var inline = signOff.Groups["inline"].Value.Trim();
            var candidate = inline.Length > 0 ? inline : FirstNonBlankLineAfter(email, signOff.Index + signOff.Length);
            if (candidate is not null && CleanPersonName(candidate, company, addressee) is { } name)
            {
                return name;
            }
        }

        // "Hi Priya, thank you for letting me know … Best, Jordan": the person's own reply is written to the contact.
        return hello is { Success: true } && GreetsSomeoneElse(email, hello.Index) && addressee is not null
            && addressee.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var greeted && Array.TrueForAll(greeted, word => char.IsUpper(word[0]) && !Addressees.Contains(word.TrimEnd('.', '!')))
            ? Names.Person(addressee)
            : null;
    }

    /// <summary>Whether the letter a sign-off ends (from the sign-off before it) speaks in the person's voice more than the employer's.</summary>
    private static bool SignsOwnLetter(string email, int signOffAt)
    {
        var start = 0;
        foreach (var earlier in AllMatches(SignOff(), email))
        {
            if (earlier.Index < signOffAt)
            {
                start = earlier.Index + earlier.Length;
            }
        }

        return SpeaksAsThePerson(email[start..signOffAt]);
    }

    /// <summary>"I am a final-year student … I would be grateful": the person writing, more than the employer writing to them.</summary>
    private static bool SpeaksAsThePerson(string text) =>
        CountMatches(PersonVoice(), text, stopAt: 50) > CountMatches(EmployerVoice(), text, stopAt: 50);

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
        // "Dear Aoife Byrne, …" then "thanks, Aoife": the person the letter is to, signing what they pasted.
        var isAddressee = addressee is not null && (name.Equals(addressee, StringComparison.OrdinalIgnoreCase)
            || words.Any(word => word.Length > 1 && addressee.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(word, StringComparer.OrdinalIgnoreCase)));
        return words.Any(NotPersonWords.Contains) || isCompany || isAddressee ? null : name;
    }
}
