using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// Whether a few words can be a company, a role or a person's name, tidied the way a careful writer
/// would write them ("contoso" becomes "Contoso"); null when they cannot.
/// </summary>
public static partial class Names
{
    public const int MaxCompanyChars = 60;
    public const int MaxRoleChars = 80;
    public const int MaxPersonChars = 50;
    private const int MaxCompanyWords = 5;
    private const int MaxRoleWords = 7;
    private const int MaxPersonWords = 4;

    /// <summary>Words no name starts with: pronouns, articles, fillers, and the words of the story itself.</summary>
    private static readonly HashSet<string> NotAName = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "im", "me", "my", "mine", "they", "them", "their", "it", "its", "it's", "we", "us", "our", "the", "a", "an", "this", "that",
        "these", "those", "he", "she", "him", "his", "her", "you", "your", "someone", "somebody", "anyone", "everyone", "nobody",
        "company", "companies", "recruiter", "recruiters", "hr", "email", "e-mail", "phone", "so", "and", "but", "or", "well", "just",
        "finally", "today", "yesterday", "hi", "hey", "hello", "ok", "okay", "basically", "also", "then", "because", "after", "there",
        "here", "what", "who", "why", "how", "when", "where", "which", "not", "no", "yes", "yeah", "still", "again", "another", "one",
        "some", "any", "all", "every", "thanks", "thank", "please", "sorry", "actually", "maybe", "idk", "dunno", "unsure", "skip",
        "none", "nothing", "n/a", "na", "unknown", "whatever", "same", "other", "new", "dream", "first", "second", "third", "last",
        "final", "next", "whole", "entire", "perfect", "ideal", "current", "previous", "old", "job", "role", "position", "interview",
        "interviews", "offer", "application", "process", "round", "stage", "rejection", "team", "name", "lol", "ugh", "wow", "oh",
        "can", "could", "would", "should", "will", "do", "does", "did", "is", "was", "are", "were", "have", "had", "has", "be", "been",
        "filled", "closed", "cancelled", "canceled", "eliminated", "end", "like", "only", "instead", "st", "two", "three", "four", "five", "several", "many", "places", "lady", "guy", "failed", "refused", "agreed", "declined", "insisted", "confirmed", "explained", "mentioned", "decided", "withdrew", "rescinded", "replied", "responded", "offered", "promised", "gone", "taken", "morning", "afternoon", "evening", "night", "week", "month", "ago", "once", "twice", "already", "ever", "never", "always", "often", "soon", "later", "back", "yet", "directly", "myself", "too", "via", "by", "for", "from", "with", "at", "on", "in", "to",
        "unfortunately", "sadly", "regrettably", "beginning",
    };

    /// <summary>A company's legal form ("Bergmann &amp; Partner GmbH"): the name before it is the company's, never a person's.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.OrdinalIgnoreCase) { "GmbH", "Ltd", "LLC", "LLP", "Inc", "PLC", "AG", "SE", "Pty", "Pte" };

    /// <summary>Currency codes written before an amount ("SGD 4,800", "KES 45k"): the pay, never a company.</summary>
    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "SGD", "AUD", "NZD", "CAD", "INR", "KES", "NGN", "ZAR", "HKD", "CHF", "MYR", "RM", "PHP", "AED", "JPY",
    };

    /// <summary>Words that say the text is about the process, not a role's title.</summary>
    private static readonly HashSet<string> ProcessWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "round", "interview", "interviews", "offer", "call", "screen", "screening", "application", "process", "stage", "talks", "negotiations", "discussions", "rejection",
        "email", "e-mail", "rejected", "ghosted", "they", "me", "i", "my", "was", "were", "is", "got", "had", "said", "today", "yesterday",
    };

    private static readonly HashSet<string> TeamWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "recruiting", "recruitment", "hr", "hiring", "talent", "people", "careers",
    };

    /// <summary>Words that say who someone is at a company ("the hiring manager", "the talent team"), never the company's name.</summary>
    private static readonly HashSet<string> SomeoneAtACompany = new(StringComparer.OrdinalIgnoreCase)
    {
        "hiring", "talent", "interviewer", "interviewers", "recruiting", "recruitment", "manager", "panel", "hm", "mgr", "recruiter", "administrator", "administrators",
    };

    /// <summary>The last words of job titles, never a person's name ("assistant manager trainee").</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "trainee", "apprentice", "graduate", "grad", "associate", "assistant", "analyst", "engineer", "manager", "coordinator", "officer",
    };

    /// <summary>Who someone is at a workplace, anywhere in the words ("store manager Kylie", "Head Chef", "Owner Gary"): a person, never the company.</summary>
    private static readonly HashSet<string> SomeoneThere = new(StringComparer.OrdinalIgnoreCase)
    {
        "manager", "recruiter", "interviewer", "hm", "mgr", "owner", "chef", "principal", "boss", "supervisor", "founder", "ceo",
    };

    /// <summary>Words a title opens with ("graduate area manager", "junior developer").</summary>
    private static readonly HashSet<string> TitleOpenings = new(StringComparer.OrdinalIgnoreCase) { "graduate", "grad", "junior", "senior", "associate", "trainee" };

    private static readonly HashSet<string> Seasons = new(StringComparer.OrdinalIgnoreCase) { "summer", "winter", "spring", "autumn", "fall" };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "this", "that", "their", "our", "my", "your" };

    /// <summary>"a place on the HSBC scheme", "a spot at Deloitte": words that join a title to something else, in lower case, are never inside one.</summary>
    private static readonly HashSet<string> InsideNoTitle = new(StringComparer.Ordinal) { "on", "at", "from", "with" };

    /// <summary>Who leads something ("the studio lead Nadia", "head chef Marco"), said before a person's name.</summary>
    private static readonly HashSet<string> PersonLeads = new(StringComparer.OrdinalIgnoreCase) { "lead", "head", "director", "partner" };

    /// <summary>A group of companies ("the big 4", "FAANG") names no one company, so which one is asked.</summary>
    private static readonly HashSet<string> GroupsOfCompanies = new(StringComparer.OrdinalIgnoreCase)
    {
        "big 4", "big four", "big 3", "big three", "faang", "maang", "big tech", "magic circle", "mbb",
    };

    private static readonly HashSet<string> CompanyKinds = new(StringComparer.Ordinal) { "startup", "start-up", "firm", "agency" };

    /// <summary>Kinds of position a company's name never holds ("internship", "grad scheme").</summary>
    private static readonly HashSet<string> PositionKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "internship", "scheme", "programme", "program", "apprenticeship", "placement", "traineeship", "fellowship", "co-op", "coop",
    };

    /// <summary>Whether the word names a kind of position ("internship", "co-op"), never a company's name.</summary>
    public static bool IsPositionKind(string word) => PositionKinds.Contains(word);

    private static readonly HashSet<string> LowerConnectors = new(StringComparer.Ordinal) { "of", "and", "&", "de", "van", "von", "der", "da", "la", "le", "du", "for" };

    private static readonly string[] Titles = ["dr", "mr", "mrs", "ms", "mx", "prof", "miss"];

    public static string? Company(string text)
    {
        var words = Words(text);
        // "Mr. Lindqvist from Northwind Health": a person from the company, and the company is what follows.
        var from = words.FindLastIndex(word => word.Equals("from", StringComparison.OrdinalIgnoreCase));
        if (from > 0 && from < words.Count - 1)
        {
            words = words[(from + 1)..];
        }

        // "the founder Ravi", "the studio lead Nadia", "HDFC Bank HR Pooja": who someone is, then their name; the
        // company is only what comes before that title, in capitals.
        if (words.FindIndex(1, word => SomeoneThere.Contains(word) || TeamWords.Contains(word) || PersonLeads.Contains(word)) is var title and > 0
            && title == words.Count - 2 && char.IsUpper(words[^1][0]) && PersonalText.CanBeAName(words[^1]) && !LegalForms.Contains(words[^1].TrimEnd('.')))
        {
            words = words[..title];
            if (!words.TrueForAll(word => word.Length > 0 && (char.IsUpper(word[0]) || LowerConnectors.Contains(word))))
            {
                return null;
            }
        }
        else if (words.Count == 2 && (SomeoneThere.Contains(words[0]) || PersonLeads.Contains(words[0])) && char.IsUpper(words[1][0]))
        {
            return null;
        }

        // "thats all PwC emailed me": words in lower case before a name in capitals are the sentence, not the name.
        var firstCapital = words.FindIndex(word => word.Length > 0 && char.IsUpper(word[0]));
        if (firstCapital > 0 && words[..firstCapital].TrueForAll(word => !word.Any(char.IsUpper)) && !LowerConnectors.Contains(words[firstCapital - 1]))
        {
            words = words[firstCapital..];
        }

        // "Halcyon Bank's grad scheme", "Pfizer's R&D co-op": the company is the owner of the scheme; "nursing grad program" is no company at all.
        if (words.FindIndex(word => PositionKinds.Contains(word)) is var kind and > 0)
        {
            var owner = words.FindLastIndex(kind - 1, word => word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));
            words = owner >= 0 ? words[..(owner + 1)] : [];
        }

        // "Litware Consulting fell through": the name is the words before the story goes on.
        words = words[..FieldShape.NameLength(words)];
        if (words.Count > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && TeamWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "the startup Ember Labs": what kind of company it is comes before its name.
        while (words.Count > 1 && CompanyKinds.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        StripPossessive(words);
        if (words.Count > 0 && (SomeoneAtACompany.Contains(words[0]) || words.Exists(SomeoneThere.Contains) || GroupsOfCompanies.Contains(string.Join(' ', words))))
        {
            return null;
        }

        // "dr okafor" is a person, whatever preposition came before it.
        if (words.Count > 1 && Array.IndexOf(Titles, words[0].TrimEnd('.').ToLowerInvariant()) >= 0)
        {
            return null;
        }

        // "SGD 4,800": a currency and an amount are the pay.
        if (words.Count > 1 && Currencies.Contains(words[0]) && char.IsAsciiDigit(words[1][0]))
        {
            return null;
        }

        // "at 30k", "for £28,000": an amount is the pay, never the company.
        // "Sydney Theatre Company": "Company" in capitals at the end of a longer name is part of it.
        var checkedWords = words.Count > 1 && words[^1] == "Company" ? words[..^1] : words;
        return Valid(checkedWords, MaxCompanyWords, MaxCompanyChars) && !words.Exists(ProcessWords.Contains) && !IsAmount(words) && PersonalText.CanBeAName(text) && FieldShape.IsCompany(string.Join(' ', words)) ? Tidy(words) : null;
    }

    public static string? Role(string text)
    {
        // "Software Engineering Intern (Summer 2027)", "Graduate Analyst - 2026 intake": when the job starts is not its title.
        var words = Words(WithoutWhenItStarts(text));
        while (words.Count > 1 && (words[0] is "the" or "a" or "an" or "The" or "A" or "An"))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && words[^1].ToLowerInvariant() is "role" or "position" or "job" or "opening" or "thing" or "spot")
        {
            words.RemoveAt(words.Count - 1);
        }

        // "a 6 month internship", "part time barista": how long and how many hours are not the title, and
        // what is left of "6 month internship" is no title at all, so it is asked.
        words = RoleSpelling.WithoutTerms(words);
        // "my summer internship", "THE position": a season and a kind of position, or a bare article, are no title.
        if (words.Count == 0 || words.TrueForAll(word => RoleSpelling.IsKindOfPosition(word) || Seasons.Contains(word))
            || (words.Count == 1 && Articles.Contains(words[0])))
        {
            return null;
        }

        // "applied GovTech Associate Software Engineer", "contract Year 5": words in lower case before a title written in
        // capitals are the sentence around it, unless they are title words themselves ("junior Data Analyst").
        var firstCapital = words.FindIndex(word => word.Length > 0 && char.IsUpper(word[0]));
        if (firstCapital > 0 && words[firstCapital..].TrueForAll(word => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]) || LowerConnectors.Contains(word)))
            && words[..firstCapital].TrueForAll(word => !word.Any(char.IsUpper) && !RoleSpelling.IsTitleWord(word)))
        {
            words = words[firstCapital..];
        }

        // "my university's official internship", "46 apprenticeship", "Year 5": a title owns nothing, and a number with
        // no title word beside it is part of some other name (a union local, a school year), so the title is asked.
        if (words.Exists(word => word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            || (words.Exists(word => word.All(char.IsAsciiDigit)) && !words.Exists(word => RoleSpelling.IsTitleWord(word) && !RoleSpelling.IsKindOfPosition(word))))
        {
            return null;
        }

        // "the aldi graduate area manager thing", "the temasek associate programme": an unknown word typed in lower case
        // before the word a title opens with may be the company or the field; which is asked, not guessed.
        if (words.Count >= 3 && words.TrueForAll(word => !word.Any(char.IsUpper)) && TitleOpenings.Contains(words[1])
            && !RoleSpelling.IsTitleWord(words[0]) && !RoleSpelling.IsKindOfPosition(words[0]) && !Seasons.Contains(words[0]) && words[0] != "new")
        {
            return null;
        }

        // "SOC Analyst I": a grade in roman numerals after a title is part of it, not the pronoun.
        var grade = words.Count > 1 && RoleSpelling.IsGrade(words[^1]) && RoleSpelling.EndsLikeATitle(words[^2]) ? words[^1] : null;
        if (grade is not null)
        {
            words.RemoveAt(words.Count - 1);
        }

        // "mech eng co-op", "store mgmt trainee": a title's usual short forms, written out.
        words = RoleSpelling.WrittenOut(words);

        // "a grad job", "the grad position", "an apprentice spot": for whom the job is says no title, so it is asked
        // ("Graduate Scheme", a programme's kind, is one).
        if (words.TrueForAll(word => IsGraduate(word) || word.ToLowerInvariant() is "new" or "apprentice" or "trainee"))
        {
            return null;
        }

        // "the Credit Risk Analyst grad role": a graduate title is written with "Graduate" first.
        if (words.Count > 1 && IsGraduate(words[^1]))
        {
            var graduate = words[^1];
            words = [words.Exists(word => word.Length > 0 && char.IsUpper(word[0])) ? "Graduate" : graduate, .. words[..^1]];
        }

        // "new grad RN": "new" opens a graduate programme's title here, never a name, so the rest is what is checked.
        var checkedWords = words.Count > 2 && words[0].Equals("new", StringComparison.OrdinalIgnoreCase) && words[1].Equals("graduate", StringComparison.OrdinalIgnoreCase) ? words[1..] : words;

        // Kept as typed: a title that looks misspelt is asked about before it is used (RoleSpelling.Doubt).
        // "58k for the analyst": an amount and a "for" belong to the sentence around a title, never to it.
        return Valid(checkedWords, MaxRoleWords, MaxRoleChars, shortFormsInCapitals: true) && !words.Exists(IsProcessWord) && !words.Exists(word => word.Equals("for", StringComparison.OrdinalIgnoreCase) || InsideNoTitle.Contains(word) || (word.Any(char.IsAsciiDigit) && Amount().IsMatch(word) && !word.All(char.IsAsciiDigit)))
            && FieldShape.IsRole(RoleSpelling.WithoutGrade(text.Trim())) ? Tidy(words) + (grade is null ? string.Empty : " " + grade) : null;
    }

    public static string? Person(string text)
    {
        var words = Words(text);
        var title = words.Count > 1 && Array.IndexOf(Titles, words[0].TrimEnd('.').ToLowerInvariant()) >= 0 ? words[0] : null;
        if (title is not null)
        {
            words.RemoveAt(0);
        }

        // "assistant manager trainee": a title's words are no one's name.
        if (!Valid(words, MaxPersonWords - (title is null ? 0 : 1), MaxPersonChars) || words.Exists(word => RoleSpelling.IsKindOfPosition(word) || TitleWords.Contains(word)) || words.Exists(word => !word.All(c => char.IsLetter(c) || c is '\'' or '\u2019' or '-' or '.'))
            || !FieldShape.IsPerson(text))
        {
            return null;
        }

        var name = Tidy(words);
        if (title is null)
        {
            return name;
        }

        var bare = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(title.TrimEnd('.').ToLowerInvariant());
        return $"{(bare.Length <= 3 ? bare + "." : bare)} {name}";
    }

    private static bool IsGraduate(string word) => word.Equals("graduate", StringComparison.OrdinalIgnoreCase);

    private static bool IsAmount(List<string> words) => words.Count == 1 && Amount().IsMatch(words[0]);

    [GeneratedRegex(@"^[$£€]?\d[\d,.]*(?:k|K|%)?$", RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex Amount();

    private static List<string> Words(string text) =>
        text.Trim().Trim('"', '\'', '\u201C', '\u201D', '.', ',', '!', ';', ':', '(', ')', '*')
            .Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static void StripPossessive(List<string> words)
    {
        if (words.Count > 0 && (words[^1].EndsWith("'s", StringComparison.OrdinalIgnoreCase) || words[^1].EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
        {
            words[^1] = words[^1][..^2];
        }
    }

    /// <param name="shortFormsInCapitals">
    /// A title's short form typed in capitals ("IT Support Technician", "HR Coordinator") is its own word, not the
    /// pronoun or the department a story mentions; a company is never let off this way ("HR said no").
    /// </param>
    private static bool Valid(List<string> words, int maxWords, int maxChars, bool shortFormsInCapitals = false)
    {
        bool Stop(string word) => NotAName.Contains(word) && !(shortFormsInCapitals && IsShortFormInCapitals(word));
        if (words.Count == 0 || words.Count > maxWords || Stop(words[0]) || Stop(words[^1]))
        {
            return false;
        }

        var length = words.Sum(word => word.Length) + words.Count - 1;
        return length <= maxChars && words.Exists(word => word.Any(char.IsLetter)) && !words.Exists(word => word.Contains('?', StringComparison.Ordinal));
    }

    private static bool IsShortFormInCapitals(string word) => word.Length >= 2 && word.All(char.IsUpper) && Acronyms.Contains(word);

    /// <summary>"I" is a process word in a story, but "IT" in capitals is part of a title.</summary>
    private static bool IsProcessWord(string word) => ProcessWords.Contains(word) && !IsShortFormInCapitals(word);

    /// <summary>Written as typed, unless typed all in lower case: then each word gets its capital.</summary>
    private static string Tidy(List<string> words)
    {
        var joined = string.Join(' ', words).Trim('.', ',', '-', '\'');
        // "IT support technician": only the short form was typed in capitals, so the rest is in lower case too.
        if (joined.Any(char.IsUpper) && !words.TrueForAll(word => IsShortFormInCapitals(word) || !word.Any(char.IsUpper)))
        {
            return joined;
        }

        return string.Join(' ', words.Select((word, i) => i > 0 && LowerConnectors.Contains(word) ? word : Capitalise(word))).Trim('.', ',', '-', '\'');
    }

    /// <summary>Short forms written in capitals in job titles ("ux designer" is "UX Designer").</summary>
    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "ux", "ui", "qa", "hr", "it", "ai", "ml", "sql", "seo", "cad", "ceo", "cfo", "cto", "pr", "rn", "gis", "erp", "crm", "sre", "3d",
        "swe", "sde", "ect", "soc", "ibd",
    };

    private static string Capitalise(string word) =>
        word.Length == 0 ? word
        : Acronyms.Contains(word) ? word.ToUpperInvariant()
        : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A title without when the job starts after it: "(Summer 2027)", "- 2026 intake".</summary>
    internal static string WithoutWhenItStarts(string title)
    {
        try
        {
            return WhenItStarts().Replace(title, string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            return title;
        }
    }

    [GeneratedRegex(@"\s*[(\[](?:summer|winter|spring|autumn|fall|20\d\d|starting|start)\b[^)\]]{0,24}[)\]]\s*$|\s*[-–,]\s*(?:(?:summer|winter|spring|autumn|fall)\s+)?20\d\d(?:\s+intake)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex WhenItStarts();
}
