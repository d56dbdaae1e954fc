using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

/// <summary>
/// The phrases the crisis detector looks for, by language and kind. Written naturally: every pattern goes
/// through <see cref="SafetyText"/> like a message does, so "don't", "dont" and "do not" are one spelling,
/// as are "kill" and "kiiill". The pattern syntax is described on <see cref="LexiconEntry"/>.
/// <para>
/// Levels: Crisis for direct or indirect statements, plans and means, threats and abuse; Check for softer
/// distress and for figures of speech that deserve a gentle question. Idioms are readings that override
/// the literal one ("shoot them an email", "me muero de ganas"). When unsure, an entry leans toward help.
/// </para>
/// </summary>
internal static partial class CrisisLexicon
{
    /// <summary>Word classes, used in patterns as {name}. A member may be several words ("going to").</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> WordClasses = new Dictionary<string, string[]>(OtherLanguageWordClasses)
    {
        // Intent to act, before a harmful verb: "I'm going to", "I want to", "I'll".
        ["intent"] = ["going to", "want to", "will", "plan to", "planning to", "about to", "need to", "should", "gonna"],
        // Verbs of violence against someone else.
        ["harm"] = ["kill", "hurt", "shoot", "stab", "murder", "strangle", "choke", "punch", "beat up", "run over", "poison"],
        // Who the threat is against: people in the job hunt, or anyone.
        ["target"] =
        [
            "him", "her", "them", "you", "everyone", "everybody", "someone", "somebody", "people", "recruiter",
            "recruiters", "interviewer", "interviewers", "manager", "managers", "boss", "hr", "ceo", "founder",
            "coworker", "coworkers", "colleague", "colleagues", "guy", "lady", "bitch", "bastard", "asshole",
        ],
        // People at home or close by who may hurt the person ("they" is left out: "they hit me with a rejection").
        ["abuser"] =
        [
            "dad", "father", "mom", "mother", "mum", "stepdad", "stepfather", "stepmom", "stepmother", "parent",
            "parents", "brother", "sister", "uncle", "aunt", "grandpa", "grandfather", "partner", "boyfriend",
            "girlfriend", "bf", "gf", "husband", "wife", "fiance", "ex", "roommate", "cousin", "guardian", "he", "she",
        ],
        // What an abuser does, followed by "me" in the pattern.
        ["violence"] =
        [
            "hits", "hit", "beats", "beat", "hurts", "hurt", "slaps", "slapped", "kicks", "kicked", "punches",
            "punched", "chokes", "choked", "strangles", "strangled", "abuses", "abused", "burns", "burned",
            "threatens", "threatened", "attacks", "attacked", "rapes", "raped",
        ],
    };

    /// <summary>Words that, just before a crisis phrase, turn it into a Check: "I don't want to die", "no quiero morir".</summary>
    internal static readonly string[] Negators = ["not", "never", "no", .. OtherLanguageNegators];

    /// <summary>
    /// Words allowed between a negator and the phrase it negates (at most two): "not going to kill myself",
    /// "never really wanted to die", "no me voy a matar".
    /// </summary>
    internal static readonly string[] NegationBridges =
        ["going", "to", "want", "really", "ever", "even", "actually", "trying", "planning", "plan", "me", .. OtherLanguageNegationBridges];

    /// <summary>Phrases matched word by word: languages written with spaces between words.</summary>
    internal static LexiconEntry[] WordPhrases() =>
        [.. English, .. Spanish, .. Portuguese, .. French, .. Hinglish, .. Vietnamese];

    /// <summary>Phrases found anywhere in the folded text: scripts without spaces, or with words glued to particles.</summary>
    internal static LexiconEntry[] Fragments() =>
        [.. Chinese, .. Japanese, .. Korean, .. Arabic, .. Hindi];

    /// <summary>
    /// Vietnamese words that only their tone marks tell apart from harmless ones ("tự tử", suicide, folds to
    /// "tu tu", which is also "từ từ", slowly). Found in the lower-cased original text, before folding.
    /// </summary>
    internal static LexiconEntry[] ToneSensitive() =>
        Crisis(SelfHarm, "tự tử", "tự vẫn", "tự sát");

    private static LexiconEntry[] Crisis(ConcernKind kind, params string[] patterns) =>
        Entries(ConcernLevel.Crisis, kind, EntryRole.Signal, patterns);

    private static LexiconEntry[] Check(ConcernKind kind, params string[] patterns) =>
        Entries(ConcernLevel.Check, kind, EntryRole.Signal, patterns);

    /// <summary>An idiom that still deserves a gentle check ("this job hunt is killing me").</summary>
    private static LexiconEntry[] FigureOfSpeech(ConcernKind kind, params string[] patterns) =>
        Entries(ConcernLevel.Check, kind, EntryRole.Idiom, patterns);

    /// <summary>An idiom that is no concern at all ("I killed it in the interview").</summary>
    private static LexiconEntry[] NotAConcern(params string[] patterns) =>
        Entries(ConcernLevel.None, ConcernKind.None, EntryRole.Idiom, patterns);

    private static LexiconEntry[] Entries(ConcernLevel level, ConcernKind kind, EntryRole role, string[] patterns) =>
        [.. patterns.Select(pattern => new LexiconEntry(pattern, level, kind, role))];
}
