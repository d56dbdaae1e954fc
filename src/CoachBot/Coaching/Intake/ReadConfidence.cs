using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// How sure a reading of a message must be for its company, role or reason to be kept without asking (issue 19: a
/// wrong field goes into the summary and the draft, an asked one costs the person one short answer). Applied to what
/// the built-in reader reads from a message (a story, a pasted letter, a correction), never to the answer to a
/// question about that very detail (AnswerCheck), where the person has said what it is. Each gate is of a kind, not of
/// a phrasing: what a field may be, whatever words led to it.
/// </summary>
public static partial class ReadConfidence
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int MatchTimeoutMs = 1_000;

    /// <summary>The details read, without a company, role or reason that is not sure enough to keep unasked.</summary>
    public static MessageDetails Gate(MessageDetails read) => read with
    {
        Company = read.Company is { } company && IsSureCompany(company) ? company : null,
        Role = read.Role is { } role && IsSureRole(role) ? role : null,
        Reason = read.Reason is { } reason && IsSureReason(reason) ? reason : null,
        OwnReason = read.OwnReason is { } own && IsSureOwnReason(own) ? own : null,
    };

    /// <summary>
    /// The nouns of occupations: a title read from a story ends in one (or is one), or names the kind of position
    /// (Names.IsPositionKind) or a title word RoleSpelling knows. Broader than the words a misspelling is checked
    /// against: only whether a span is a job at all is asked here.
    /// </summary>
    private static readonly HashSet<string> OccupationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "solicitor", "barrister", "surveyor", "controller", "physiotherapist", "physio", "optometrist", "radiographer", "midwife", "carer",
        "caregiver", "psychologist", "veterinarian", "vet", "pilot", "driver", "courier", "cleaner", "porter", "guard", "firefighter",
        "lecturer", "professor", "postdoc", "resident", "registrar", "doctor", "scholar", "worker", "labourer", "laborer", "gardener",
        "florist", "hairdresser", "stylist", "salesperson", "salesman", "saleswoman", "steward", "stewardess", "attendant", "nanny",
        "translator", "interpreter", "curator", "archivist", "geologist", "mathematician", "investigator", "inspector", "treasurer",
        "bookkeeper", "estimator", "draughtsman", "draftsman", "technologist", "sonographer", "phlebotomist", "optician", "clinician",
        "practitioner", "coach", "trainer", "leader", "head", "principal", "handler", "packer", "picker", "stocker", "crew", "member",
        "volunteer", "cadet", "marshal", "ranger", "machinist", "fitter", "joiner", "bricklayer", "roofer", "painter", "decorator",
        "landscaper", "farmer", "butcher", "host", "hostess", "housekeeper", "concierge", "dispatcher", "scheduler", "educator",
        "facilitator", "developer", "officer", "specialist", "representative", "consultant", "manager", "assistant", "scribe", "mentor",
        "examiner", "assessor", "moderator", "organiser", "organizer", "promoter", "advocate", "constable", "orderly", "reporter",
        "correspondent", "presenter", "musician", "singer", "dancer", "actor", "actress", "performer", "model", "drafter", "modeller",
        "modeler", "bookseller", "dispenser", "psychiatrist", "paediatrician", "pediatrician", "radiologist", "nutritionist", "dietician",
        "chiropractor", "osteopath", "podiatrist", "audiologist", "orthodontist", "zookeeper", "groomer", "keeper", "warden", "caretaker",
        "janitor", "custodian", "handyman", "fabricator", "assembler", "typist", "transcriptionist", "proofreader", "author", "blogger",
        "videographer", "sculptor", "underwriter", "banker", "broker", "trader", "dealer", "president", "founder", "judge", "clerkship",
        "magistrate", "notary", "mediator", "lifeguard", "instructor", "hand", "operative", "storeperson", "warehouseman",
        "salesclerk", "shopkeeper", "merchandiser", "valet", "cook", "dishwasher", "busser", "runner", "sommelier",
        // German titles a letter names the job by ("Werkstudentin Marketing").
        "werkstudent", "werkstudentin", "praktikant", "praktikantin", "azubi", "auszubildender", "auszubildende",
    };

    /// <summary>
    /// What a title never ends in: a unit of an organisation or a credential ("Graduate IT stream", "Risk Management Group",
    /// "Welding Certificate") is where or what, not the job.
    /// </summary>
    private static readonly HashSet<string> NotAJobsEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "stream", "group", "team", "division", "department", "dept", "unit", "certificate", "certification", "course", "degree", "diploma",
        "licence", "license", "qualification", "exam",
    };

    /// <summary>
    /// A title read from a story is a job: one of its words is a job word ("Engineer in Training", "Summer Analyst -
    /// Investment Banking"), and it does not end in a unit or a credential. "House" (of "house job"), a city, "NIH
    /// postbac IRTA" are asked.
    /// </summary>
    public static bool IsSureRole(string role)
    {
        var core = role.Split('(', 2)[0];
        var words = core.Split([' ', '-', '–', '—', ',', '/'], StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim('.', '!', '?', '&')).Where(word => word.Length > 0).ToList();
        if (words.Count == 0 || NotAJobsEnd.Contains(words[^1]))
        {
            return false;
        }

        return RoleSpelling.EndsLikeATitle(core.Trim()) || words.Exists(IsJobWord);
    }

    private static bool IsJobWord(string word) =>
        OccupationNouns.Contains(word) || Names.IsPositionKind(word) || RoleSpelling.IsKindOfPosition(word) || RoleSpelling.EndsLikeATitle(word);

    /// <summary>Heads of a team or a firm named by their short title ("the CTO", "the MD", "the CNM", "the PI"): a person, not the employer.</summary>
    private static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceo", "cto", "cfo", "coo", "cio", "md", "hr", "pi", "cnm", "vp", "gm", "hod", "dm", "svp", "evp", "chro",
    };

    /// <summary>Words a name of a company never holds: the person's or the reader's ("Seek Your Guidance"; "Best For You" is a name).</summary>
    private static readonly HashSet<string> PersonalWords = new(StringComparer.OrdinalIgnoreCase) { "your", "my" };

    /// <summary>
    /// A company read from a story is a name: not a day, month or time ("Friday", "11pm"), not a person's title ("the
    /// CTO", "the Marktleiter"), and not words about the person or the reader.
    /// </summary>
    public static bool IsSureCompany(string company)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim('.', ',', '\'', '’')).ToList();
        if (words.Count == 0 || TimeWord().IsMatch(company.Trim()) || words.Exists(PersonalWords.Contains)
            || NotSomeone.Contains(words[0]) || words.Exists(PayWords.Contains) || Matches(CountOfApplications(), company))
        {
            return false;
        }

        var last = words[^1];
        return !PersonTitles.Contains(last) && !IsPersonsTitle(last);
    }

    /// <summary>
    /// Words a company's name never opens with: a place or party left unnamed ("somewhere else", "another one") or a
    /// count ("over 60 jobs"), which say there is some other employer or many, not which.
    /// </summary>
    private static readonly HashSet<string> NotSomeone = new(StringComparer.OrdinalIgnoreCase)
    {
        "somewhere", "someone", "somebody", "something", "anywhere", "anyone", "elsewhere", "nowhere", "another", "other", "others",
        "over", "around", "nearly", "almost", "several", "many",
    };

    /// <summary>Words of pay a company's name never holds ("14 LPA", "a CTC of 6 lakh").</summary>
    private static readonly HashSet<string> PayWords = new(StringComparer.OrdinalIgnoreCase) { "lpa", "ctc", "lakh", "lakhs", "lac", "lacs", "stipend", "salary" };

    /// <summary>"60 jobs", "40 applications": a count of what the person applied to.</summary>
    [GeneratedRegex(@"\b\d+\s+(?:jobs|applications|roles|companies|places|positions|interviews|offers|rejections)\b", Options, MatchTimeoutMs)]
    private static partial Regex CountOfApplications();

    /// <summary>A title a person holds, which a company's name does not end in; German titles are one word ("Marktleiter", "Filialleiter").</summary>
    private static bool IsPersonsTitle(string word) =>
        (OccupationNouns.Contains(word) && !AlsoInCompanyNames.Contains(word)) || GermanTitle().IsMatch(word);

    /// <summary>Occupation nouns that end companies' names too ("Bain Capital Partners", "Talent Group Crew").</summary>
    private static readonly HashSet<string> AlsoInCompanyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "crew", "member", "host", "head", "developer", "worker", "guard", "pilot", "ranger", "coach", "principal", "leader", "hand", "model",
        "runner", "founder", "president", "keeper", "trader", "broker", "dealer", "advocate", "partner",
    };

    [GeneratedRegex(@"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tonight|yesterday|tomorrow|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|noon|midnight|morning|evening|afternoon)$", Options, MatchTimeoutMs)]
    private static partial Regex TimeWord();

    [GeneratedRegex(@"\p{L}{3,}(?:leiter|leiterin|berater|beraterin)$", Options, MatchTimeoutMs)]
    private static partial Regex GermanTitle();

    /// <summary>
    /// An employer's reason read from a story is a cause: not praise of the person ("they loved my work"), and not a span
    /// that begins inside a quote ("reprioritization' and hers is one of them"), which was read from the wrong place.
    /// </summary>
    public static bool IsSureReason(string reason) => !Matches(Praise(), reason) && !BeginsInsideAQuote(reason);

    /// <summary>A decline's reason is why the person says no: accepting this very offer ("I accepted verbally") is a step of the process, not a cause.</summary>
    public static bool IsSureOwnReason(string reason) => !Matches(OwnStepOnly(), reason) && !BeginsInsideAQuote(reason);

    /// <summary>Praise alone, with nothing against it after: "they loved my work", "they were really impressed".</summary>
    [GeneratedRegex(@"^\W*(?:they|she|he|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:loved|liked|enjoyed|appreciated|(?:were|was)\s+(?:\w+\s+)?(?:impressed|happy|pleased))\b(?![^.;]*\b(?:but|however|though|although|except|not|n't)\b)", Options, MatchTimeoutMs)]
    private static partial Regex Praise();

    [GeneratedRegex(@"^\W*i(?:\s+had|'d|’d|\s+have|'ve|’ve)?\s+(?:already\s+)?accepted(?:\s+(?:it|this|the\s+offer|their\s+offer))?\s+(?:verbally|in\s+writing|by\s+(?:e-?mail|phone)|over\s+the\s+phone|on\s+the\s+(?:call|phone))\W*$", Options, MatchTimeoutMs)]
    private static partial Regex OwnStepOnly();

    /// <summary>
    /// A single quote that closes one never opened ("reprioritization' and …"): the span began inside the quotation. A
    /// quote inside a word ("they're") opens or closes nothing, nor does a plural's ("others'") unless a quote is open.
    /// </summary>
    private static bool BeginsInsideAQuote(string text)
    {
        var open = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\'' or '‘' or '’'))
            {
                continue;
            }

            var letterBefore = i > 0 && char.IsLetter(text[i - 1]);
            var letterAfter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (!letterBefore && letterAfter)
            {
                open++;
            }
            else if (letterBefore && !letterAfter)
            {
                if (open > 0)
                {
                    open--;
                }
                else if (text[i - 1] is not ('s' or 'S'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Matches(Regex pattern, string text)
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
}
