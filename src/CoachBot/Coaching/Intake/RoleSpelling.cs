namespace CoachBot.Coaching.Intake;

/// <summary>
/// The words job titles are made of, to tell a title from other words and to notice a word that looks
/// misspelt ("markting cordinator"): a word a letter or two away from a title word it is not. A title is
/// never changed here: intake offers the likely spelling ("Marketing Coordinator?") when exactly one
/// title word is that close, or asks the person to spell it when several are (<see cref="Doubt"/>).
/// </summary>
public static class RoleSpelling
{
    /// <summary>Words shorter than this are never corrected: too many real words are that close to each other.</summary>
    private const int MinCorrectedLength = 5;

    /// <summary>The last words of a job title ("analyst", "internship").</summary>
    private static readonly HashSet<string> TitleEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "analyst", "engineer", "developer", "designer", "manager", "coordinator", "assistant", "associate", "consultant", "scientist",
        "specialist", "officer", "nurse", "teacher", "accountant", "representative", "technician", "administrator", "researcher", "writer",
        "editor", "strategist", "planner", "lead", "director", "programmer", "architect", "tester", "therapist", "pharmacist", "paralegal",
        "clerk", "trainee", "fellow", "apprentice", "intern", "internship", "executive", "advisor", "adviser", "recruiter", "generalist",
        "auditor", "economist", "librarian", "counselor", "counsellor", "instructor", "tutor", "producer", "journalist", "photographer",
        "illustrator", "animator", "chemist", "biologist", "physicist", "statistician", "actuary", "lawyer", "attorney", "paramedic",
        "dietitian", "physician", "surgeon", "dentist", "hygienist", "mechanic", "electrician", "operator", "supervisor",
        "receptionist", "secretary", "buyer", "merchandiser", "marketer", "copywriter", "owner", "partner", "agent", "ambassador", "aide",
        "co-op", "placement", "barista", "artist", "cashier", "server", "teller", "graduate",
        "chef", "cook", "baker", "carpenter", "plumber", "welder", "bartender", "waiter", "waitress",
        // Titles as employers write them short, kept as typed (Names.Acronyms): "new grad SWE", "SDE intern", "the ECT post".
        "swe", "sde", "sre", "ect",
    };

    /// <summary>Other words of job titles, to recognise a misspelt one.</summary>
    private static readonly HashSet<string> TitleWords = new(TitleEnds.Concat(
    [
        "marketing", "sales", "data", "software", "product", "project", "program", "business", "financial", "finance", "operations",
        "human", "resources", "communications", "content", "digital", "graphic", "research", "junior", "senior", "graduate", "entry",
        "level", "customer", "success", "support", "service", "services", "account", "technical", "technology", "information", "systems",
        "security", "network", "cloud", "machine", "learning", "mechanical", "electrical", "civil", "chemical", "environmental", "clinical",
        "registered", "social", "media", "public", "relations", "policy", "legal", "supply", "chain", "logistics", "quality", "assurance",
        "investment", "banking", "accounting", "analytics", "insights", "brand", "creative", "editorial", "teaching", "management",
        "development", "engineering", "design", "frontend", "backend", "stack", "mobile", "embedded", "hardware", "audit", "consulting",
        "strategy", "summer", "campus", "community", "events", "partnerships", "procurement", "talent", "acquisition", "people", "office",
        "laboratory", "research", "healthcare", "medical", "nursing", "pharmacy", "education", "curriculum", "student", "outreach",
        "manufacturing", "visual", "cyber", "merchandising", "retail", "store", "site", "test", "trading", "risk", "credit", "tax",
        "ux", "ui", "qa", "it", "hr", "ml", "ai", "pr", "rn", "sre", "seo", "gis", "bi", "soc", "ibd",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Real words of titles that are a letter or two from a title word, so never taken for a misspelling of it.</summary>
    private static readonly HashSet<string> NotMisspelt = new(StringComparer.OrdinalIgnoreCase)
    {
        "internal", "interns", "general", "principal", "planning", "trainer", "training", "leader", "leading", "reporter", "retail",
        "sales", "seller", "banker", "tutoring", "counseling", "counselling", "advisory", "assistants", "analysts", "engineers",
        "coaching", "operation", "operating", "controller", "analysis", "designing", "engineering", "servicing", "mechanics",
        "chief", "chefs", "cooking", "banker", "welding", "waiting",
    };

    /// <summary>Words for how long or how many hours a job is ("6 month", "part-time"): never part of its title.</summary>
    private static readonly HashSet<string> TermWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "part-time", "full-time", "parttime", "fulltime", "temporary", "temp", "paid", "unpaid", "fixed-term",
    };

    private static readonly HashSet<string> TermUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "month", "months", "week", "weeks", "year", "years", "mo", "wk", "month-long", "week-long",
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "1st", "2nd", "3rd", "4th", "first", "second", "third", "fourth",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a",
    };

    /// <summary>The kinds of position, which alone say no title ("internship", "placement", "co-op").</summary>
    private static readonly HashSet<string> KindsOfPosition = new(StringComparer.OrdinalIgnoreCase)
    {
        "internship", "intern", "placement", "co-op", "coop", "job", "contract", "apprenticeship", "position", "role", "scheme",
        "programme", "program", "traineeship", "gig", "work",
    };

    /// <summary>
    /// Short forms of title words, written out; "eng" is the field before another word ("data eng intern") and the
    /// person at the end. A short form employers write themselves ("SWE", "SDE", "ECT") is no shortening of the
    /// person's: it is kept as typed (Names.Acronyms), since writing it out guesses ("Software Engineer" or "Engineering"?).
    /// </summary>
    private static readonly Dictionary<string, (string Inside, string AtEnd)> ShortForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eng"] = ("engineering", "engineer"),
        ["engg"] = ("engineering", "engineer"),
        ["mgmt"] = ("management", "management"),
        ["mgr"] = ("manager", "manager"),
        ["dev"] = ("developer", "developer"),
        ["mech"] = ("mechanical", "mechanical"),
        ["agri"] = ("agricultural", "agricultural"),
        ["asst"] = ("assistant", "assistant"),
        ["mktg"] = ("marketing", "marketing"),
        ["comms"] = ("communications", "communications"),
        ["ops"] = ("operations", "operations"),
        ["biz"] = ("business", "business"),
        ["admin"] = ("administrative", "administrator"),
        ["grad"] = ("graduate", "graduate"),
        ["rep"] = ("representative", "representative"),
        ["ml"] = ("machine learning", "machine learning"),
        // "the sparky apprenticeship": the trade's everyday name.
        ["sparky"] = ("electrical", "electrician"),
    };

    public static bool IsKindOfPosition(string word) => KindsOfPosition.Contains(word.Trim('.', ','));

    /// <summary>Whether a word is one job titles are made of ("data", "analyst"), as against a name ("Spotify").</summary>
    public static bool IsTitleWord(string word) => TitleWords.Contains(word.Trim('.', ',')) || ShortForms.ContainsKey(word.Trim('.', ','));

    /// <summary>The title without how long or how many hours the job is: "6 month placement" is "placement", "part time barista" is "barista".</summary>
    public static List<string> WithoutTerms(List<string> words)
    {
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if (TermWords.Contains(lower))
            {
                continue;
            }

            if (lower is "part" or "full" && i + 1 < words.Count && words[i + 1].Equals("time", StringComparison.OrdinalIgnoreCase))
            {
                i++;
                continue;
            }

            // "a 2nd year apprentice spot": which year of a course or an apprenticeship, not the title.
            if (Ordinals.Contains(lower) && i + 1 < words.Count && words[i + 1].Equals("year", StringComparison.OrdinalIgnoreCase))
            {
                i++;
                continue;
            }

            // "6 month", "6-month", "six months", "12mo"
            var isCount = lower.Length > 0 && (lower.All(char.IsAsciiDigit) || NumberWords.Contains(lower));
            if (isCount && i + 1 < words.Count && TermUnits.Contains(words[i + 1]))
            {
                i++;
                continue;
            }

            var dash = lower.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && lower[..dash].All(char.IsAsciiDigit) && TermUnits.Contains(lower[(dash + 1)..]))
            {
                continue;
            }

            kept.Add(word);
        }

        return kept;
    }

    /// <summary>"mech eng co-op" is "mechanical engineering co-op"; a short form typed with a capital keeps one.</summary>
    public static List<string> WrittenOut(List<string> words) =>
        [.. words.SelectMany((word, i) => ShortForms.TryGetValue(word, out var full)
            ? (i == words.Count - 1 ? full.AtEnd : full.Inside).Split(' ').Select(part => char.IsUpper(word[0]) ? char.ToUpperInvariant(part[0]) + part[1..] : part)
            : [word])];

    /// <summary>Whether the words end like a job title ("data analyst internship", "UX designer").</summary>
    public static bool EndsLikeATitle(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6)
        {
            return false;
        }

        // "SOC Analyst I": a grade in roman numerals after the title's last word.
        var last = words.Length > 1 && IsGrade(words[^1]) ? words[^2] : words[^1].Trim('.', '!', '?');
        return TitleEnds.Contains(last) || (Correct(last) is var corrected && TitleEnds.Contains(corrected));
    }

    /// <summary>A grade in roman numerals, typed in capitals, after a title ("SOC Analyst I", "Engineer II"): part of it, not the pronoun.</summary>
    public static bool IsGrade(string word) => word is "I" or "II" or "III" or "IV";

    /// <summary>The title without its grade ("SOC Analyst" of "SOC Analyst I"), for the checks that would take "I" for the pronoun.</summary>
    public static string WithoutGrade(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && IsGrade(words[^1]) && EndsLikeATitle(string.Join(' ', words[..^1])) ? string.Join(' ', words[..^1]) : title;
    }

    /// <summary>The word set right when it is clearly a misspelt title word; otherwise as written.</summary>
    public static string Correct(string word) =>
        Candidates(word) is [var only] ? MatchCase(only, word) : word;

    /// <summary>
    /// Whether a title looks misspelt, and if so its likely spelling: null when every word is a title
    /// word or too far from one to tell; a doubt with no suggestion when a word is close to several.
    /// </summary>
    public static SpellingDoubt? Doubt(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var doubted = false;
        var certain = true;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var corrected = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var candidates = Candidates(words[i]);
            doubted |= candidates.Count > 0;
            certain &= candidates.Count <= 1;
            corrected[i] = candidates is [var only] ? MatchCase(only, words[i]) : words[i];
        }

        return doubted ? new SpellingDoubt(certain ? string.Join(' ', corrected) : null) : null;
    }

    /// <summary>The title words a letter or two from this word, which is not one of them itself.</summary>
    private static List<string> Candidates(string word)
    {
        if (word.Length < MinCorrectedLength || TitleWords.Contains(word) || KindsOfPosition.Contains(word) || NotMisspelt.Contains(word) || IsPlural(word) || !word.All(char.IsLetter))
        {
            return [];
        }

        // Typing slips drop, double or swap a letter: a word much shorter or longer is another word, and so is one
        // that begins with another letter ("geologist" is no slip for "biologist").
        var maxDistance = word.Length >= 8 ? 2 : 1;
        var lower = word.ToLowerInvariant();
        return TitleWords
            .Where(candidate => candidate[0] == lower[0] && Math.Abs(candidate.Length - word.Length) <= 1 && Distance(lower, candidate) <= maxDistance)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>"nurses", "coordinators": a title word with its plural ending is spelled right.</summary>
    private static bool IsPlural(string word) =>
        word.EndsWith('s') && (TitleWords.Contains(word[..^1]) || (word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && TitleWords.Contains(word[..^2])));

    private static string MatchCase(string corrected, string typed) =>
        typed.Length > 0 && char.IsUpper(typed[0]) ? char.ToUpperInvariant(corrected[0]) + corrected[1..] : corrected;

    /// <summary>Edits (insert, delete, replace, swap two neighbours) between two words.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

/// <summary>A title that looks misspelt: the likely spelling when there is one, else null (ask the person to spell it).</summary>
public sealed record SpellingDoubt(string? Suggested);
