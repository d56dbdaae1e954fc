using System.Text.RegularExpressions;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>The kind of feeling a person named in their own words, when it is none of the buttons.</summary>
public enum FeelingShade
{
    /// <summary>Said in words CoachBot does not know: answered kindly, without guessing what it is.</summary>
    Unnamed,
    Anxious,
    Stunned,
    Embarrassed,
    WornOut,
    Mixed,
    /// <summary>Guilt: most often at saying no to an offer, to people who were kind.</summary>
    Guilty,
}

/// <summary>
/// What the person says when none of the feeling buttons fits ("Something else"), read in the turn it is
/// said and never kept: a feeling CoachBot knows ("honestly just angry") becomes that feeling, and coaching
/// adapts as it does for that button (the wait before replying included); any other feeling gets a
/// reflection and reframe in its own tone. Safety comes first: the words reach this only after the safety
/// check every typed message goes through.
/// </summary>
public static partial class FeelingInOwnWords
{
    /// <summary>Typed answers to the feeling question that name no feeling yet ("other", "something else").</summary>
    private static readonly HashSet<string> NamesNoFeeling = new(StringComparer.Ordinal)
    {
        "something else", "other", "else", "something", "another", "another feeling", "none of these", "none of those", "6",
    };

    /// <summary>
    /// The known feelings in a person's own words. "fine" and "okay" are left out: "not okay" is no relief.
    /// A word of doubt about oneself counts even when negated ("not good enough").
    /// </summary>
    private static readonly List<Choice> Known =
    [
        new() { Value = nameof(Feeling.Disappointed), Synonyms = ["disappointed", "disappointing", "sad", "bummed", "gutted", "hurt", "let down", "heartbroken", "crushed", "upset", "devastated"] },
        new() { Value = nameof(Feeling.Frustrated), Synonyms = ["frustrated", "frustrating", "annoyed", "fed up", "irritated", "exasperated"] },
        new() { Value = nameof(Feeling.Angry), Synonyms = ["angry", "mad", "furious", "pissed", "livid", "outraged", "fuming"] },
        new() { Value = nameof(Feeling.Relieved), Synonyms = ["relieved", "relief"] },
    ];

    private static readonly List<Choice> Doubt =
    [
        new() { Value = nameof(Feeling.DoubtingMyself), Synonyms = ["doubting myself", "self doubt", "not good enough", "like a failure", "a failure", "worthless", "useless", "insecure", "incompetent", "not smart enough", "imposter", "impostor"] },
    ];

    private static readonly List<Choice> Shades =
    [
        new() { Value = nameof(FeelingShade.Anxious), Synonyms = ["anxious", "anxiety", "worried", "worry", "nervous", "scared", "afraid", "stressed", "stress", "panicking", "panicky", "uneasy", "on edge", "uncertain", "fear", "freaking out", "terrified"] },
        new() { Value = nameof(FeelingShade.Stunned), Synonyms = ["numb", "shocked", "shock", "stunned", "blindsided", "confused", "blank", "surprised", "in disbelief", "cant believe it", "caught off guard", "out of nowhere"] },
        new() { Value = nameof(FeelingShade.Embarrassed), Synonyms = ["embarrassed", "embarrassing", "ashamed", "shame", "humiliated", "stupid", "foolish", "awkward"] },
        new() { Value = nameof(FeelingShade.WornOut), Synonyms = ["tired", "exhausted", "drained", "burnt out", "burned out", "worn out", "defeated", "done with it", "over it", "overwhelmed"] },
        new() { Value = nameof(FeelingShade.Guilty), Synonyms = ["guilty", "guilt", "feel bad", "feel bad about it", "feel terrible about it", "bad for them", "like i let them down"] },
        new() { Value = nameof(FeelingShade.Mixed), Synonyms = ["mixed", "conflicted", "torn", "all of the above", "bit of everything", "a mix", "everything at once", "both"] },
    ];

    private static readonly string[] Negations = ["not ", "dont ", "didnt ", "never ", "isnt ", "arent ", "no longer ", "wasnt "];

    /// <summary>Whether a typed answer to the feeling question still names no feeling, so it is worth asking what it is.</summary>
    public static bool NamesNoFeelingYet(string typed) => NamesNoFeeling.Contains(ChoiceRecognizer.Normalize(typed));

    /// <summary>The feeling a button stands for, when the words name one clearly; null for any other feeling or several.</summary>
    public static Feeling? KnownFeeling(string words)
    {
        if (ChoiceRecognizer.RecognizeWords(words, Doubt) is not null)
        {
            return Feeling.DoubtingMyself;
        }

        var normalized = $" {ChoiceRecognizer.Normalize(words)} ";
        if (Array.Exists(Negations, negation => normalized.Contains($" {negation}", StringComparison.Ordinal)) || ShadeNamed(words) is not null)
        {
            // "not angry, just tired", "sad and scared": not one of the buttons.
            return null;
        }

        return ChoiceRecognizer.RecognizeWords(words, Known) is { } found && Enum.TryParse<Feeling>(found.Value, out var feeling) ? feeling : null;
    }

    /// <summary>
    /// The feeling a story says the person has ("im so angry", "honestly just gutted", "I feel like a failure"),
    /// when it says exactly one of the buttons' feelings and no other shade of feeling, so the question is not
    /// asked again; null when it says none, several, or one CoachBot would have to guess at.
    /// </summary>
    public static Feeling? SaidInStory(string story)
    {
        Feeling? said = null;
        foreach (Match statement in FeelingStatement().Matches(story))
        {
            var words = statement.Groups["words"].Value;
            if (ShadeOf(words + statement.Groups["rest"].Value) != FeelingShade.Unnamed)
            {
                // "im angry but also kind of relieved", "i'm sad and scared": more than one button says.
                return null;
            }

            if (KnownFeeling(words) is { } feeling)
            {
                if (said is { } earlier && earlier != feeling)
                {
                    return null;
                }

                said = feeling;
            }
        }

        return said;
    }

    /// <summary>
    /// "i'm so angry", "feeling pretty gutted", "i feel like a failure": the person saying how they are, in the three
    /// words after it ("i was told they were angry" says how someone else was), and the rest of the clause.
    /// </summary>
    [GeneratedRegex(@"\b(?:i'?m|i’m|i\s+am|i\s+feel|i\s+felt|feeling|i'?ve\s+been|i\s+was)\s+(?<words>[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2})(?<rest>[^,.;:!?\n]{0,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex FeelingStatement();

    /// <summary>The shade of a feeling in the person's words; <see cref="FeelingShade.Unnamed"/> when the words are their own.</summary>
    public static FeelingShade ShadeOf(string? words) =>
        words is null ? FeelingShade.Unnamed
        : ShadeNamed(words) ?? (ChoiceRecognizer.Ambiguous(words, Known).Count >= 2 ? FeelingShade.Mixed : FeelingShade.Unnamed);

    private static FeelingShade? ShadeNamed(string words)
    {
        if (ChoiceRecognizer.Ambiguous(words, Shades).Count >= 2)
        {
            return FeelingShade.Mixed;
        }

        return ChoiceRecognizer.RecognizeWords(words, Shades) is { } found && Enum.TryParse<FeelingShade>(found.Value, out var shade) ? shade : null;
    }

    /// <summary>
    /// Saying no to an offer is the person's own decision: guilt and being torn are about the people and the choice, not
    /// about a no they were given. Null for a shade said the same way whatever happened.
    /// </summary>
    private static string? ReflectDecline(FeelingShade shade) => shade switch
    {
        FeelingShade.Guilty => "Feeling guilty about saying no is common, especially when the people were kind to you."
            + " Recruiters turn down and get turned down all the time: a prompt, gracious no lets them move on to their next candidate, and that's a courtesy, not a betrayal.",
        FeelingShade.Mixed => "Feeling torn means both options had something real to offer, and letting one go can sting even when the choice is right."
            + " You made the call with what you knew; a warm, clear no keeps this door open for later.",
        _ => null,
    };

    /// <summary>The reflection and reframe for a feeling put in the person's own words.</summary>
    public static string Reflect(FeelingShade shade, RejectionCase rejection)
    {
        if (rejection.Situation == Situation.DeclinedOffer && ReflectDecline(shade) is { } decline)
        {
            return decline;
        }

        var waiting = rejection.Situation == Situation.Ghosted || rejection.HeardVia == HeardVia.NoWord;
        return shade switch
        {
            FeelingShade.Anxious => (waiting
                    ? "Worry makes sense when you're left waiting: not knowing is one of the hardest parts of a search."
                    : "Worry after this makes sense: a no can make the whole search feel uncertain for a while.")
                + " The worry is about what comes next, and that part is still open. One concrete step you control can take some of its weight.",
            FeelingShade.Stunned => "Feeling numb or caught off guard is a very common first reaction, especially when it comes out of nowhere."
                + " It's fine if the rest hasn't landed yet. We can keep this simple and take it one step at a time.",
            FeelingShade.Embarrassed => "Embarrassment is a very human reaction, and nothing about this is anything to be ashamed of."
                + " Almost everyone you admire has a stack of no's behind them; they just don't talk about them.",
            FeelingShade.WornOut => "Being worn out makes sense: it takes real energy to keep putting yourself forward."
                + " Let's keep this light: one short step, and then you're allowed to rest.",
            FeelingShade.Mixed => "Feeling several things at once is normal here, and they don't have to agree with each other."
                + " You don't have to sort them out right now. Let's take the next small step together.",
            FeelingShade.Guilty => "Guilt is a heavy thing to carry on top of the news. This was a decision someone else made, and it doesn't make you owe anyone anything."
                + " Let's take the next small step together.",
            _ => $"{Feelings.Reflect(Feeling.SomethingElse, rejection)} {Feelings.Reframe(Feeling.SomethingElse, rejection)}",
        };
    }
}
