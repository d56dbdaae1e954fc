namespace CoachBot.Coaching.Intake;

/// <summary>
/// The words job titles are made of, to tell a title from other words and to set right a word that is
/// clearly misspelt ("markting cordinator" is "marketing coordinator"). A word is changed only when exactly
/// one title word is that close to it; anything else is kept as the person wrote it.
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
        "therapist", "dietitian", "physician", "surgeon", "dentist", "hygienist", "mechanic", "electrician", "operator", "supervisor",
        "receptionist", "secretary", "buyer", "merchandiser", "marketer", "copywriter", "owner", "partner", "agent", "ambassador", "aide",
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
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the words end like a job title ("data analyst internship", "UX designer").</summary>
    public static bool EndsLikeATitle(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6)
        {
            return false;
        }

        var last = words[^1].Trim('.', '!', '?');
        return TitleEnds.Contains(last) || (Correct(last) is var corrected && TitleEnds.Contains(corrected));
    }

    /// <summary>The word set right when it is clearly a misspelt title word; otherwise as written.</summary>
    public static string Correct(string word)
    {
        if (word.Length < MinCorrectedLength || TitleWords.Contains(word) || !word.All(char.IsLetter))
        {
            return word;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? only = null;
        foreach (var candidate in TitleWords)
        {
            if (Math.Abs(candidate.Length - word.Length) <= maxDistance && Distance(word.ToLowerInvariant(), candidate) <= maxDistance)
            {
                if (only is not null && !only.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return word;
                }

                only = candidate;
            }
        }

        return only is null ? word : MatchCase(only, word);
    }

    /// <summary>Each word of a title set right where it is clearly misspelt.</summary>
    public static string CorrectTitle(string title) =>
        string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Correct));

    private static string MatchCase(string corrected, string typed) =>
        typed.Length > 0 && char.IsUpper(typed[0]) ? char.ToUpperInvariant(corrected[0]) + corrected[1..] : corrected;

    /// <summary>Edits (insert, delete, replace, swap two neighbours) between two words.</summary>
    private static int Distance(string a, string b)
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
