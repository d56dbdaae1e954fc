using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// Reads a pasted rejection e-mail and fills in what intake would otherwise ask: company, role, stage,
/// how the news came, the reason given and who sent it. Deliberately cautious: whatever it is unsure
/// about stays null so the bot can ask. Never throws on odd input; every pattern is linear in the input
/// and also has a match timeout, after which it simply counts as "not found".
/// </summary>
public static partial class RejectionEmailExtractor
{
    private const int MaxInputChars = 20_000;
    private const int MaxReasonChars = 300;
    private const int MaxCompanyChars = 60;
    private const int MaxRoleChars = 80;
    private const int MaxRoleWords = 8;
    private const int ShortAnswerChars = 160;
    /// <summary>
    /// A safety net only: the patterns are linear and input is clipped, so real matches take microseconds.
    /// Generous, because a wall-clock timeout can also fire when the machine is merely busy.
    /// </summary>
    private const int MatchTimeoutMs = 1_000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const RegexOptions LineOptions = Options | RegexOptions.Multiline;

    // ----- Public API -----

    /// <summary>
    /// True when the text reads like a pasted e-mail (several lines, long, or starting with a salutation)
    /// and contains typical rejection wording; false for short answers such as "Contoso".
    /// </summary>
    public static bool LooksLikeRejectionEmail(string text)
    {
        var email = Normalize(text);
        if (email.Length == 0)
        {
            return false;
        }

        var signals = CountMatches(RejectionWording(), email, stopAt: 2);
        if (signals == 0)
        {
            return false;
        }

        var shapedLikeEmail = email.Length >= ShortAnswerChars
            || NonBlankLineCount(email) >= 3
            || IsMatch(Salutation(), email);
        return shapedLikeEmail || (signals >= 2 && email.Length >= 60);
    }

    /// <summary>
    /// Extracts what it can from <paramref name="emailText"/> and sets only the fields of
    /// <paramref name="target"/> that are still null. Fields it is not sure about are left alone.
    /// </summary>
    public static void FillMissing(string emailText, RejectionCase target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var email = Normalize(emailText);
        if (email.Length == 0)
        {
            return;
        }

        target.HeardVia ??= HeardVia.Email;
        target.Company ??= FindCompany(email);
        target.Role ??= FindRole(email, target.Company);
        target.Stage ??= FindStage(email);
        target.Reason ??= FindReason(email);
        target.ContactName ??= FindContactName(email, target.Company);
    }

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
        if (NotNameWords.Contains(words[0]) || words.Exists(RoleNouns.Contains) || words.TrueForAll(TeamWords.Contains))
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

    // ----- Stage -----

    private static RejectionStage? FindStage(string email)
    {
        if (IsMatch(OfferWithdrawn(), email))
        {
            return RejectionStage.OfferRescinded;
        }

        if (IsMatch(NegotiationWording(), email))
        {
            return RejectionStage.NegotiationBrokeDown;
        }

        if (IsMatch(FinalRoundWording(), email))
        {
            return RejectionStage.FinalRound;
        }

        if (IsMatch(ScreeningWording(), email) && !IsMatch(StrongInterviewWording(), email))
        {
            return RejectionStage.ScreeningCall;
        }

        if (IsMatch(StrongInterviewWording(), email) || IsMatch(InterviewWording(), email))
        {
            return RejectionStage.Interview;
        }

        return IsMatch(ApplicationWording(), email) ? RejectionStage.Application : null;
    }

    // ----- Reason -----

    private static string? FindReason(string email)
    {
        foreach (var sentence in Sentences(email))
        {
            if (IsMatch(ReasonWording(), sentence))
            {
                return Clip(sentence, MaxReasonChars);
            }
        }

        return null;
    }

    /// <summary>Paragraphs are split on blank lines, their lines joined, then split after . ! or ?.</summary>
    private static IEnumerable<string> Sentences(string email)
    {
        foreach (var paragraph in email.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var flat = string.Join(' ', paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var start = 0;
            for (var i = 0; i < flat.Length; i++)
            {
                var endsSentence = flat[i] is '.' or '!' or '?' && (i + 1 == flat.Length || char.IsWhiteSpace(flat[i + 1]));
                if (endsSentence)
                {
                    yield return flat[start..(i + 1)].Trim();
                    start = i + 1;
                }
            }

            if (start < flat.Length && flat[start..].Trim() is { Length: > 0 } rest)
            {
                yield return rest;
            }
        }
    }

    private static string Clip(string sentence, int maxChars)
    {
        var text = string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxChars - 1);
        return text[..(cut > 0 ? cut : maxChars - 1)].TrimEnd(',', ';', ':') + "…";
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

    // ----- Shared helpers -----

    /// <summary>Clips to <see cref="MaxInputChars"/>, turns \r\n and \r into \n, tabs and no-break spaces into spaces, and trims each line's end.</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var clipped = text.Length > MaxInputChars ? text[..MaxInputChars] : text;
        var builder = new StringBuilder(clipped.Length);
        for (var i = 0; i < clipped.Length; i++)
        {
            var c = clipped[i];
            if (c == '\r' && i + 1 < clipped.Length && clipped[i + 1] == '\n')
            {
                continue;
            }

            builder.Append(c switch
            {
                '\r' => '\n',
                '\t' or '\u00A0' or '\u2007' or '\u202F' => ' ',
                _ => c,
            });
        }

        var lines = builder.ToString().Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim();
    }

    private static List<string> CutAtSentenceWord(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var stop = words.FindIndex(1, word => NotNameWords.Contains(word));
        if (stop > 0)
        {
            words.RemoveRange(stop, words.Count - stop);
        }

        return words;
    }

    private static void TrimConnectors(List<string> words)
    {
        while (words.Count > 0 && Connectors.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? word[..^2]
            : word;

    private static int NonBlankLineCount(string text) =>
        text.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line));

    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Match? FirstMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Enumerates matches lazily; a timeout ends the enumeration instead of throwing.</summary>
    private static IEnumerable<Match> AllMatches(Regex pattern, string text)
    {
        var match = FirstMatch(pattern, text);
        while (match is { Success: true })
        {
            yield return match;
            try
            {
                match = match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }
        }
    }

    private static int CountMatches(Regex pattern, string text, int stopAt) =>
        AllMatches(pattern, text).Take(stopAt).Count();

    // ----- Patterns -----
    // Keywords match case-insensitively; names are matched case-sensitively inside (?-i:...) so that a
    // capitalised run of words ("Contoso", "Data Analyst Intern") marks where a name starts and ends.
    // Words are separated by a single mandatory space and word characters exclude spaces, so a run can
    // only be split one way and backtracking stays linear.

    /// <summary>Up to five capitalised words, optionally joined by "of", "and" or "&amp;". Atomic: never re-split.</summary>
    private const string ProperName =
        @"(?-i:(?>[\p{Lu}\d][\p{L}\p{N}&'’-]*(?:[ ](?:(?:of|and|&)[ ])?[\p{Lu}\d][\p{L}\p{N}&'’-]*){0,4}))";

    private const string CompanyGroup =
        "(?<company>" + ProperName + @")(?!\s+(?:position|role|internship|intern\b|opening|job|opportunity|program|vacancy|posting))";

    private const string RoleWord = @"\(?[\p{Lu}\d][\p{L}\p{N}&/+#'’()-]*";

    /// <summary>Up to eight capitalised words; commas, "of", "and", "&amp;", dashes and slashes may join them.</summary>
    private const string RoleTitle = @"(?-i:" + RoleWord + @"(?:,?[ ](?:(?:of|and|&|-|–|—|/)[ ])?" + RoleWord + @"){0,7})";

    private const string Article = @"(?:(?:the|our|this|your|an?)\s+)?";

    [GeneratedRegex(@"\b(?:unfortunately|regret|not\s+(?:to\s+)?(?:be\s+)?(?:move|moving|proceed|proceeding|pursue|pursuing|advance|advancing)|(?:other|another)\s+(?:candidates?|applicants?)|decided\s+to|after\s+careful\s+(?:consideration|review)|not\s+(?:been\s+)?selected|(?:position|role)\s+has\s+been\s+filled|rescind\w*|withdraw\w*\s+(?:the|our|your)\s+offer|unable\s+to\s+(?:offer|move|proceed|continue)|no\s+longer\s+(?:able|hiring|recruiting|considering)|(?:wish|wishing)\s+you\s+(?:the\s+best|all\s+the\s+best|success|luck|every\s+success)|best\s+of\s+luck|keep\s+your\s+(?:resume|résumé|cv|information|details)\s+on\s+file)", Options, MatchTimeoutMs)]
    private static partial Regex RejectionWording();

    [GeneratedRegex(@"^[ ]*(?:dear|hi|hello)[ ]+(?<name>[^,\n:]{1,60})", LineOptions, MatchTimeoutMs)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"\b(?:position|role|internship|opportunit(?:y|ies)|opening|job|vacancy|career|roles|positions|openings|jobs)\s+(?:here\s+)?(?:at|with)\s+(?:the\s+)?" + CompanyGroup, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterRoleNoun();

    [GeneratedRegex(@"(?:\b(?:from|on\s+behalf\s+of)[ ]+|^[ ]*)(?:the[ ]+)?" + CompanyGroup + @"[ ]*(?:[.,]|$)", LineOptions, MatchTimeoutMs)]
    private static partial Regex CompanyAsTeam();

    [GeneratedRegex(@"\binterest\s+in\s+(?:joining\s+|working\s+(?:at|for|with)\s+)?" + CompanyGroup, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterInterest();

    [GeneratedRegex(@"\b(?:here\s+at|everyone\s+at|all\s+of\s+us\s+at|we\s+at|us\s+at|join(?:ing)?|work(?:ing)?\s+(?:at|for)|considering|appl(?:y|ying|ied|ication)\s+(?:to|at|with))\s+(?:the\s+)?" + CompanyGroup, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterVerb();

    /// <summary>A signature line such as "Recruiter, Contoso" or "University Recruiting | Contoso Ltd.".</summary>
    [GeneratedRegex(@"^[ ]*(?:[\p{L}-]+[ ]+){0,3}?(?:recruit\w*|talent(?:[ ]+acquisition)?|hr|human[ ]+resources|people[ ]+(?:team|operations|partner)|hiring[ ]+manager|sourcer|coordinator|partner|manager|specialist)(?:[ ]+[\p{L}-]+){0,2}?[ ]*(?:,|\||@|at\b|-|–|—)[ ]*(?:the[ ]+)?" + CompanyGroup + @"\.?[ ]*$", LineOptions, MatchTimeoutMs)]
    private static partial Regex CompanyInSignature();

    /// <summary>A capitalised title followed by "at": "Research Assistant at Tailspin Labs".</summary>
    [GeneratedRegex(@"(?-i:\b\p{Lu}\p{L}+)[ ]+at[ ]+(?:the[ ]+)?" + CompanyGroup, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterTitle();

    [GeneratedRegex(@"\b(?:for|to|in|as|about|regarding|with|into|on|discuss(?:ing)?)\s+" + Article + "(?<role>" + RoleTitle + @")\s+(?<noun>position|role|internship|opening|job|opportunity|vacancy|posting)\b", Options, MatchTimeoutMs)]
    private static partial Regex RoleBeforeNoun();

    [GeneratedRegex(@"\b(?:role|position)\s+of\s+(?:an?\s+)?(?<role>" + RoleTitle + ")", Options, MatchTimeoutMs)]
    private static partial Regex RoleAfterRoleOf();

    [GeneratedRegex(@"\b(?:application|applying|applied|candidacy|consideration|interview(?:s|ed|ing)?)\s+for\s+" + Article + "(?<role>" + RoleTitle + ")", Options, MatchTimeoutMs)]
    private static partial Regex RoleAfterApplicationFor();

    [GeneratedRegex(@"\brescind\w*|\b(?:withdraw\w*|revok\w*|retract\w*|pull\w*)\s+(?:\w+\s+){0,3}?offer\b|\boffer\s+(?:\w+\s+){0,6}?(?:withdrawn|revoked|retracted|pulled)\b", Options, MatchTimeoutMs)]
    private static partial Regex OfferWithdrawn();

    [GeneratedRegex(@"\bnegotiat\w*|\b(?:reach|come\s+to)\s+(?:an?\s+)?(?:agreement|terms)\b", Options, MatchTimeoutMs)]
    private static partial Regex NegotiationWording();

    [GeneratedRegex(@"(?<!\bto\s+(?:the\s+|an?\s+)?)\b(?:final[\s-]+(?:round|interview|stage)|on-?site\s+(?:interview|visit|round)|super\s*day)|\b(?:came|coming|come|visited|visiting)\s+on-?site\b", Options, MatchTimeoutMs)]
    private static partial Regex FinalRoundWording();

    [GeneratedRegex(@"\bphone\s+(?:screen\w*|interview|call|conversation)|\bscreening\s+(?:call|interview|conversation)|\brecruiter\s+(?:screen\w*|call|conversation|chat)|\b(?:initial|introductory|intro)\s+(?:call|conversation|chat|phone\s+call)", Options, MatchTimeoutMs)]
    private static partial Regex ScreeningWording();

    [GeneratedRegex(@"(?<!\b(?:phone|screening)\s+)\binterview(?:s|ed|ing)\b|\b(?:technical|panel|team|in-person|second|follow-up|hiring\s+manager)\s+interview", Options, MatchTimeoutMs)]
    private static partial Regex StrongInterviewWording();

    [GeneratedRegex(@"(?<!\bto\s+(?:an?\s+|the\s+)?)(?<!\bfor\s+an?\s+)(?<!\b(?:phone|screening)\s+)\binterview\b(?!\s+(?:stage|phase))|\btime\s+to\s+(?:interview|meet|speak|talk)\b|\bmeeting\s+with\b|\bspeaking\s+with\s+(?:us|me|you|our|the)\b|\b(?:met|spoke)\s+with\b|\bconversations?\s+with\s+(?:us|me|you|our|the)\b", Options, MatchTimeoutMs)]
    private static partial Regex InterviewWording();

    [GeneratedRegex(@"\b(?:applica\w*|applying|applied|resume|résumé|cv|candidacy)\b", Options, MatchTimeoutMs)]
    private static partial Regex ApplicationWording();

    [GeneratedRegex(@"\b(?:candidates?|applicants?)\s+(?:whose|who|with)\b|\bmore\s+closely\s+(?:match|align|fit)|\bcloser\s+(?:match|fit|alignment)|\bbetter\s+(?:match|fit|suited|aligned|alignment)|\bmore\s+(?:relevant\s+|direct\s+|hands-on\s+|professional\s+|industry\s+|specialized\s+)?experience|\b(?:years?|level)\s+of\s+experience|\b(?:position|role|opening|requisition|vacancy|req)\s+(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?been\s+(?:filled|closed|cancell?ed|eliminated|put\s+on\s+hold|withdrawn)|\bno\s+longer\s+(?:hiring|available|open|recruiting)|\bhiring\s+freeze|\b(?:reach|come\s+to)\s+(?:an?\s+)?agreement|\bcompensation|\bsalary|\bbudget|\bfunding\b|\brestructur\w*|\breorgani[sz]\w*|\bheadcount|\bbusiness\s+(?:needs|conditions|priorities|circumstances)|\b(?:economic|market)\s+(?:conditions|uncertainty)|\binternal\s+(?:candidate|applicant|hire|transfer)|\bfilled\s+internally|\bsponsorship|\bwork\s+authori[sz]ation|\bvisa\b|\b(?:minimum|basic|required)\s+(?:qualifications|requirements)|\b(?:looking|searching)\s+for\s+(?:someone|a\s+candidate|candidates)\s+(?:with|who)", Options, MatchTimeoutMs)]
    private static partial Regex ReasonWording();

    [GeneratedRegex(@"^[ ]*(?:best(?:[ ]+(?:regards|wishes))?|kind[ ]+regards|warm(?:est)?[ ]+regards|regards|warmly|sincerely(?:[ ]+yours)?|yours[ ]+(?:sincerely|truly|faithfully)|thanks(?:[ ]+again)?|thank[ ]+you(?:[ ]+again)?|many[ ]+thanks|all[ ]+the[ ]+best|cheers|respectfully|with[ ]+(?:appreciation|gratitude)|take[ ]+care)[ ]*[,.!-]?[ ]*(?<inline>[^\n]{0,80})$", LineOptions, MatchTimeoutMs)]
    private static partial Regex SignOff();

    /// <summary>A sign-off run into the last line of a flattened e-mail: "... We wish you well. Regards, Dana Whitfield".</summary>
    [GeneratedRegex(@"\b(?:best[ ]+regards|kind[ ]+regards|warm[ ]+regards|regards|sincerely|best|thanks|cheers)[ ]*[,.]?[ ]+(?<inline>[^\n,.!?]{1,60})\z", Options, MatchTimeoutMs)]
    private static partial Regex SignOffAtEnd();

    /// <summary>One to four capitalised words (initials allowed), with lower-case particles such as "van" or "de".</summary>
    [GeneratedRegex(@"^(?-i:\p{Lu}[\p{L}'’-]*\.?(?:[ ](?:(?:van|von|de|der|den|da|del|di|la|le|du|bin|al)[ ]){0,2}\p{Lu}[\p{L}'’-]*\.?){0,3})$", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex PersonName();
}
