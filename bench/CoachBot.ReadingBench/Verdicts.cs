using System.Globalization;
using System.Text;
using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.ReadingBench;

/// <summary>How one field of one story came out.</summary>
public enum Verdict
{
    /// <summary>Said, and read as meant.</summary>
    Right,
    /// <summary>Said, and read as something else: worse than not reading it, since the bot would not ask.</summary>
    Wrong,
    /// <summary>Said, and left empty: the bot asks for it.</summary>
    Asked,
    /// <summary>Not said, and left empty.</summary>
    Quiet,
    /// <summary>Not said, yet read as something: a detail the person never gave.</summary>
    Invented,
    /// <summary>The writer's value is not one the bot can hold ("by text"): not scored.</summary>
    Unscored,
}

public enum Field
{
    Situation,
    Company,
    Role,
    Stage,
    How,
    When,
    Reason,
    Contact,
}

/// <summary>
/// Compares what was read with what the writer meant, leniently where the two write the same thing
/// differently: case and punctuation, "Intern" and "Internship", "Inc." after a company, a title before a
/// name, a time ("3 days ago") and its bucket ("earlier this week"), a reason in other words.
/// </summary>
public static class Verdicts
{
    public static (Verdict Verdict, string? Read) Judge(Field field, Story story, RejectionCase read) => field switch
    {
        Field.Situation => Compare(SituationOf(story.Situation), SituationOf(read), story.Situation is null),
        Field.Company => Compare(story.Company, read.Company, SameCompany),
        Field.Role => Compare(story.Role, read.Role, SameRole),
        Field.Stage => JudgeStage(story, read.Stage),
        Field.How => SituationOf(story.Situation) == StorySituation.Declined ? (Verdict.Unscored, read.HeardVia?.ToString()) : Compare(HowOf(story.How), read.HeardVia, story.How is null),
        Field.When => Compare(WhenOf(story.When), read.HeardWhen, story.When is null),
        Field.Reason => Compare(story.Reason, read.Reason, SameReason),
        Field.Contact => Compare(story.Contact, read.ContactName, SamePerson),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static (Verdict, string?) Compare(string? meant, string? read, Func<string, string, bool> same) =>
        (meant, read) switch
        {
            (null, null) => (Verdict.Quiet, null),
            (null, _) => (Verdict.Invented, read),
            (_, null) => (Verdict.Asked, null),
            _ => (same(meant, read) ? Verdict.Right : Verdict.Wrong, read),
        };

    /// <param name="notSaid">The writer said nothing; a value the writer wrote that maps to nothing the bot holds is unscored.</param>
    private static (Verdict, string?) Compare<T>(T? meant, T? read, bool notSaid) where T : struct, Enum =>
        (meant, read) switch
        {
            (null, null) => (notSaid ? Verdict.Quiet : Verdict.Unscored, null),
            (null, _) => (notSaid ? Verdict.Invented : Verdict.Unscored, read.ToString()),
            (_, null) => (Verdict.Asked, null),
            _ => (meant.Value.Equals(read.Value) ? Verdict.Right : Verdict.Wrong, read.ToString()),
        };

    // ----- Situation: the bot holds a rescinded offer and a negotiation as a rejection at that stage, and a case
    // whose situation it never read as a rejection (it asks no question about it), so every story gets one. -----

    private enum StorySituation
    {
        Rejected,
        Ghosted,
        Rescinded,
        Declined,
        Negotiation,
    }

    /// <summary>The writer's word; "waiting" is the bot's ghosted (no word yet), which has its own questions and drafts.</summary>
    private static StorySituation? SituationOf(string? written)
    {
        var text = Plain(written);
        return text.Length == 0 ? null
            : text.Contains("ghost", StringComparison.Ordinal) || text.Contains("wait", StringComparison.Ordinal) ? StorySituation.Ghosted
            : text.Contains("rescind", StringComparison.Ordinal) || text.Contains("withdr", StringComparison.Ordinal) ? StorySituation.Rescinded
            : text.Contains("declin", StringComparison.Ordinal) ? StorySituation.Declined
            : text.Contains("negotia", StringComparison.Ordinal) ? StorySituation.Negotiation
            : text.Contains("reject", StringComparison.Ordinal) ? StorySituation.Rejected
            : null;
    }

    private static StorySituation SituationOf(RejectionCase read) => read.Situation switch
    {
        Situation.Ghosted => StorySituation.Ghosted,
        Situation.DeclinedOffer => StorySituation.Declined,
        _ when read.Stage == RejectionStage.OfferRescinded => StorySituation.Rescinded,
        _ when read.Stage == RejectionStage.NegotiationBrokeDown => StorySituation.Negotiation,
        _ => StorySituation.Rejected,
    };

    /// <summary>
    /// The writer's stage "offer" is the rescinded offer or the negotiation, by the story's situation; a decline
    /// is never asked its stage, so it is not scored. An online assessment or test comes before any interview:
    /// the bot's application stage (the automated screen) is right for it, and no bucket is wrong.
    /// </summary>
    private static (Verdict, string?) JudgeStage(Story story, RejectionStage? read)
    {
        var situation = SituationOf(story.Situation);
        if (situation == StorySituation.Declined)
        {
            return (Verdict.Unscored, read?.ToString());
        }

        var written = Plain(story.Stage);
        RejectionStage? meant = written switch
        {
            "" => null,
            "offer" => situation == StorySituation.Negotiation ? RejectionStage.NegotiationBrokeDown : RejectionStage.OfferRescinded,
            "assessment" => RejectionStage.Application,
            _ when written.Contains("screen", StringComparison.Ordinal) => RejectionStage.ScreeningCall,
            _ => ChoiceRecognizer.RecognizeWords(written, StageWords) is { } found ? Choices.Stages[found.Index].Value : null,
        };
        return Compare(meant, read, story.Stage is null);
    }

    // ----- Choices: the writer's words read as the bot reads a tapped answer. -----

    private static readonly List<Choice> StageWords = Choices.ToChoices(Choices.Stages);
    private static readonly List<Choice> HowWords = Choices.ToChoices(Choices.HeardVia);
    private static readonly List<Choice> WhenWords = Choices.ToChoices(Choices.HeardWhen);

    /// <summary>"none" is no word at all; a portal or a LinkedIn message is neither an e-mail nor a call, so not scored.</summary>
    private static HeardVia? HowOf(string? written) =>
        Plain(written) switch
        {
            "" => null,
            "none" => HeardVia.NoWord,
            var text => ChoiceRecognizer.RecognizeWords(text, HowWords) is { } found ? Choices.HeardVia[found.Index].Value : null,
        };

    /// <summary>"today", "this-week", "last-week", "3-weeks" (since), "10-days": the bot's buckets, by the reader's own rule for a length of time.</summary>
    private static HeardWhen? WhenOf(string? written)
    {
        var text = Plain(written);
        if (text.Length == 0)
        {
            return null;
        }

        var parts = text.Split(' ');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return ElapsedTime.Read($"{parts[0]} {parts[1]} ago");
        }

        return ChoiceRecognizer.RecognizeWords(text, WhenWords) is { } found ? Choices.HeardWhen[found.Index].Value : null;
    }

    // ----- Names and words -----

    private static readonly string[] CompanyEndings = ["inc", "ltd", "llc", "corp", "corporation", "co", "plc", "gmbh", "limited", "group"];
    private static readonly string[] PersonTitles = ["dr", "mr", "mrs", "ms", "mx", "prof", "miss"];
    private static readonly string[] RoleEndings = ["role", "position", "job", "opening"];

    private static bool SameCompany(string meant, string read) =>
        Words(meant).Where(word => word != "the" && !CompanyEndings.Contains(word)).SequenceEqual(Words(read).Where(word => word != "the" && !CompanyEndings.Contains(word)));

    /// <summary>Words the writer and the bot may put in or leave out of one title: hours ("part-time") and the kind of position ("scheme", "co-op").</summary>
    private static readonly string[] KindWords = ["part", "full", "time", "parttime", "fulltime", "program", "programme", "scheme", "placement", "co", "op", "coop"];

    /// <summary>
    /// "Data Analyst Intern" and "data analyst internship" are one role, and so are "Part-time Research Assistant"
    /// and "Research Assistant", "QA Tester Co-op" and "QA Tester", "SWE Intern" and "Software Engineer Intern" (a
    /// short form employers write is kept as the person typed it), the same words in another order; a title the bot will ask to spell counts as
    /// read when its suggestion is the role.
    /// </summary>
    private static bool SameRole(string meant, string read)
    {
        static string Key(string role) => string.Join(' ', Words(role)
            .Where(word => word is not ("the" or "a" or "an") && !RoleEndings.Contains(word) && !KindWords.Contains(word))
            .Select(word => word switch
            {
                "internship" or "interns" => "intern",
                "apprenticeship" => "apprentice",
                "traineeship" => "trainee",
                "fellowship" => "fellow",
                "grad" => "graduate",
                // Short forms employers write themselves, which the reader keeps as typed.
                "swe" => "software engineer",
                "sde" => "software development engineer",
                "ect" => "early career teacher",
                "ibd" => "investment banking",
                _ => word,
            }));
        // "Software Engineer (Backend)" and "Backend Software Engineer": the same words in another order are one title.
        static string Sorted(string key) => string.Join(' ', key.Split(' ').Order(StringComparer.Ordinal));
        return Sorted(Key(meant)) == Sorted(Key(read)) || (RoleSpelling.Doubt(read)?.Suggested is { } suggested && Sorted(Key(meant)) == Sorted(Key(suggested)));
    }

    /// <summary>The same person, with or without a title, or by one of the names the writer gave.</summary>
    private static bool SamePerson(string meant, string read)
    {
        var meantWords = Words(meant).Where(word => !PersonTitles.Contains(word)).ToList();
        var readWords = Words(read).Where(word => !PersonTitles.Contains(word)).ToList();
        // "Priya" for "Priya Shah" is the person; "Sarah Lim If" is not a name.
        return meantWords.Count > 0 && readWords.Count > 0 && readWords.All(meantWords.Contains);
    }

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "to", "of", "for", "and", "or", "with", "that", "they", "their", "i", "me", "my", "was", "were", "is", "be", "been",
        "had", "have", "has", "on", "in", "at", "it", "its", "this", "more", "than", "someone", "candidate", "candidates", "another", "said",
    };

    /// <summary>A reason in other words: most of the writer's content words are in what was read, and it says little else.</summary>
    private static bool SameReason(string meant, string read)
    {
        var meantWords = Content(meant);
        var readWords = Content(read);
        if (meantWords.Count == 0)
        {
            return readWords.Count == 0;
        }

        var shared = meantWords.Count(readWords.Contains);
        return shared * 2 >= meantWords.Count && shared * 3 >= readWords.Count;
    }

    private static HashSet<string> Content(string text) =>
        [.. Words(text).Where(word => !Filler.Contains(word)).Select(Stem)];

    /// <summary>Enough of a stem for "candidates"/"candidate", "hiring"/"hired", "experienced"/"experience".</summary>
    private static string Stem(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
        : word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 4 && word.EndsWith('e') ? word[..^1]
        : word.Length > 3 && word.EndsWith('s') ? word[..^1]
        : word;

    private static List<string> Words(string text) =>
        [.. Plain(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static string Plain(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '&' ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
