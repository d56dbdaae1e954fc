using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// What each detail of a case must look like to be kept, whoever read it (an answer, a story, an e-mail,
/// a model) and whatever the safety check made of the message: the one place each field is accepted.
/// Text that fails is never kept; the dialog asks again instead, and a draft stays neutral without it.
/// </summary>
public static partial class FieldShape
{
    /// <summary>
    /// Longer text is read only this far. The patterns have no nested open-ended repetition, so with the
    /// text capped they need no match timeout, which on a busy machine fired on a pattern's first use.
    /// </summary>
    private const int MaxChars = 2_000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A nurse's title has "RN" in it; elsewhere it is chat shorthand.</summary>
    private static readonly HashSet<string> RoleShorthand = new(StringComparer.OrdinalIgnoreCase) { "rn" };

    /// <summary>Words that begin a list of several ("both Contoso and Fabrikam"), never one name.</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.OrdinalIgnoreCase) { "both", "either", "neither" };

    /// <summary>Words of a request about the letter ("sign it as Maya", "change the greeting"): a name is never one.</summary>
    private static readonly HashSet<string> RequestWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sign", "signed", "signing", "signature", "change", "make", "put", "write", "use", "greeting", "draft", "reply", "letter", "bottom",
    };

    /// <summary>Small words a name written with capitals may hold in lower case ("Bank of America", "Save the Children").</summary>
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "of", "and", "&", "the", "for", "de", "van", "von", "der", "da", "la", "le", "du", "des", "del", "y", "et", "und", "without", "on", "in", "a", "an",
    };

    /// <summary>
    /// A company's name, not a sentence about oneself, nor the start of a list of several, nor words that
    /// run on past the name ("Litware Consulting fell through", "Lindqvist from Northwind Health").
    /// </summary>
    public static bool IsCompany(string? text) =>
        text is not null && PersonalText.CanBeAName(text) && !StartsWith(text, ListWords) && !StartsWith(text, PositionWords)
        && NameLength(WordsOf(text).ToList()) == WordsOf(text).Count();

    /// <summary>
    /// Words that name a position ("Staff Nurse", "Graduate", "Generalist Fast Stream"): a company's name never begins
    /// with one, so a title's first words read as the company are asked about instead.
    /// </summary>
    private static readonly HashSet<string> PositionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "graduate", "grad", "intern", "internship", "trainee", "apprentice", "apprenticeship", "analyst", "engineer", "developer", "manager",
        "generalist", "associate", "assistant", "officer", "staff", "nurse", "teacher", "coordinator", "specialist", "junior", "senior",
    };

    /// <summary>
    /// How many of the words are the name: a name written with capitals ends where lower-case words other
    /// than its small connectors begin ("Litware Consulting | fell through"), and "from" is never inside
    /// one ("Lindqvist | from Northwind Health" is a person from the company).
    /// </summary>
    public static int NameLength(IReadOnlyList<string> words)
    {
        var capitalised = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0 && word.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            if (word.Any(char.IsUpper))
            {
                capitalised = true;
            }
            else if (capitalised && word.Any(char.IsLetter) && !NameConnectors.Contains(word))
            {
                return i;
            }
        }

        return words.Count;
    }

    /// <summary>A job title, not a sentence about oneself.</summary>
    public static bool IsRole(string? text) =>
        text is not null && PersonalText.CanBeAName(RoleSpelling.WithoutGrade(text), RoleShorthand) && !Matches(WhatEndsAJob(), text) && !HasSentenceEnd(text);

    /// <summary>
    /// "3rd. Placement": a word with a number that ends in a full stop ends a sentence, so what follows it is no part of a
    /// title read before it ("Sr. Analyst" stays one).
    /// </summary>
    private static bool HasSentenceEnd(string text)
    {
        var words = WordsWithStops(text);
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (words[i].EndsWith('.') && words[i].Any(char.IsDigit))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] WordsWithStops(string text) => text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A person's name (a contact, or the name to sign with): not a request about the letter.</summary>
    public static bool IsPerson(string? text) => text is not null && PersonalText.CanBeAName(text) && !HasWord(text, RequestWords) && !StartsWith(text, ListWords);

    private static IEnumerable<string> WordsOf(string text) =>
        text.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim('"', '\'', '.', '!', ';', ':', '(', ')'));

    private static bool StartsWith(string text, HashSet<string> words) => WordsOf(text).FirstOrDefault() is { } first && words.Contains(first);

    private static bool HasWord(string text, HashSet<string> words) => WordsOf(text).Any(words.Contains);

    /// <summary>
    /// The employer's reason, as they put it: their decision or the candidate's fit (experience, another
    /// candidate, the position filled or closed, budget, skills, timing...), not what the person did or
    /// feels. A declined offer's reason is the person's own, so it only has to be about the job.
    /// </summary>
    public static bool IsReason(string? text, bool declining = false)
    {
        if (text is null || PersonalText.IsAboutWellbeing(text))
        {
            return false;
        }

        if (declining)
        {
            return true;
        }

        return Matches(ReasonWords(), text) || Matches(EmployerSays(), text) || Matches(FellShort(), text) || Matches(WouldNotMove(), text)
            || IsVerdictOnMine(text) || (Matches(Employer(), text) && !PersonalText.StartsWithOneself(text));
    }

    /// <summary>
    /// Their verdict on something of the person's, in the person's words: "my case math was shaky", "my contribution
    /// in the group exercise was limited", "my book wasn't quite there yet".
    /// </summary>
    public static bool IsVerdictOnMine(string text) => !PersonalText.IsAboutWellbeing(text) && Matches(VerdictOnMine(), text);

    [GeneratedRegex(@"^\W*my\s+(?:[\w'’/-]+\s+){0,5}?(?:was|were|is|are|wasn'?t|wasn’t|weren'?t|weren’t|isn'?t|aren'?t)\s+(?:(?:not|too|a\s+bit|quite|a\s+little|slightly|rather|very|still)\s+)*(?:shaky|weak|limited|lacking|below|poor|short|there|strong|enough|where|rough|average|basic|messy|slow|unclear|sloppy|under\w*|not|too|less|behind)\b", Options)]
    private static partial Regex VerdictOnMine();

    /// <summary>A point for a letter to an employer: about the job, not about how the person is doing, and not a button's label.</summary>
    public static bool IsPointForEmployer(string? text) =>
        text is not null && text.Trim().Length > 0 && !ButtonLabels.Contains(text) && !PersonalText.IsAboutWellbeing(text);

    /// <summary>What ends a job ("hiring freeze", "background check", "budget cuts"): a reason, never words of a title ("Hiring Freeze Co-op").</summary>
    [GeneratedRegex(@"\b(?:hiring\s+freeze|(?:background|reference)\s+checks?|budget\s+cuts?|visa\s+sponsorship|lay-?offs?|restructuring|reorgani[sz]\w*)\b", Options)]
    private static partial Regex WhatEndsAJob();

    private static bool Matches(Regex pattern, string text) => pattern.IsMatch(text.Length > MaxChars ? text[..MaxChars] : text);

    /// <summary>The words employers' reasons are made of.</summary>
    [GeneratedRegex(@"\b(?:experience\w*|candidates?|applicants?|someone\s+else|(?:filled|closed|cancell?ed|eliminated|frozen|paused)|on\s+hold|budget\w*|funding|headcount|freeze|skills?|skill\s*set|timing|fit|match\w*|align\w*|qualif\w*|senior\w*|junior|salary|pay|compensation|sponsor\w*|visa|clearance|background|references?|internal\w*|restructur\w*|reorg\w*|locat\w*|relocat\w*|remote|degree|certif\w*|requirements?|needs|looking\s+for|portfolio|hiring|positions?|vacanc\w*|shortlist\w*|competitive|competition|review\s+of|intake|staffing|over-?hired|overhir\w*|business|market|economic|conditions|circumstances|priorities|demand|changes?|negotia\w*|fixed|max(?:imum)?|on[\s-]?site|in[\s-]?office|office|hybrid|contract|start\s+date|stipend|bonus|package|relocation|hours|commute|schedule|discrepanc\w*|mismatch\w*)\b", Options)]
    private static partial Regex ReasonWords();

    /// <summary>What the employer found lacking: "my answers weren't strong enough", "didn't meet the threshold", "failed the medical", "too quiet".</summary>
    [GeneratedRegex(@"\b(?:not|n't|n’t|weren'?t|wasn'?t|didn'?t|didnt|did\s+not|does\s+not|doesn'?t)\s+(?:\w+\s+){0,3}?(?:enough|strong|meet|met|reach|show|pass|come\s+through)\b|\bfailed\s+(?:the|my|a|an)\b|\bbelow\s+(?:the|their|our)\b|\btoo\s+(?:quiet|junior|slow|inexperienced|late|early|far)\b", Options)]
    private static partial Regex FellShort();

    /// <summary>An employer's last word in a negotiation: "that's final", "best and final", "no further movement", "london only", "5 days or nothing".</summary>
    [GeneratedRegex(@"\bfinal\b|\bno\s+(?:further\s+)?(?:movement|flexibility|room|budge)\b|\b\w+\s+only$|\bor\s+nothing\b|\bmax\b|\bceiling\b|\bnon[\s-]?negotiable\b|\bcan'?t\s+(?:accommodate|move|change|do|offer|go|support)\b", Options)]
    private static partial Regex WouldNotMove();

    /// <summary>The employer (or whoever spoke for them) as the one who said, chose or decided.</summary>
    [GeneratedRegex(@"\b(?:they|she|he|we|hr|the\s+(?:company|team|recruiter|hiring\s+manager|manager|interviewer|panel|employer|firm|client|email|e-mail|letter|role|position|job))\s+(?:\w+\s+){0,2}?(?:said|says|told|thought|think|felt|wanted|want|mentioned|explained|went|chose|picked|hired|decided|needed|need|preferred|prefer|found|wrote|gave|offered|moved|were|was|had|didn't|did\s+not|couldn't|could\s+not|can't|cannot|won't|wouldn't)\b", Options)]
    private static partial Regex EmployerSays();

    [GeneratedRegex(@"\b(?:they|them|their|we|the\s+(?:company|team|recruiter|hiring\s+manager|manager|interviewer|panel|employer|firm|client))\b", Options)]
    private static partial Regex Employer();
}
