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
        ["intent"] =
        [
            "going to", "want to", "will", "plan to", "planning to", "about to", "need to", "should", "gonna",
            "ready to", "decided to", "plan is to", "tempted to", "trying to",
        ],
        // Verbs of violence against someone else.
        ["harm"] =
        [
            "kill", "hurt", "shoot", "stab", "murder", "strangle", "choke", "punch", "beat up", "run over", "poison",
            "slap", "smack", "knife", "blow up", "beat", "attack", "hunt down", "smash",
        ],
        // Who the threat is against: people in the job hunt, or anyone.
        ["target"] =
        [
            "him", "her", "them", "you", "everyone", "everybody", "someone", "somebody", "people", "recruiter",
            "recruiters", "interviewer", "interviewers", "manager", "managers", "boss", "hr", "ceo", "founder",
            "coworker", "coworkers", "colleague", "colleagues", "guy", "lady", "bitch", "bastard", "asshole",
            "company", "panel", "team", "staff", "employees", "man", "woman", "whoever", "roommate", "roommates",
            "professor", "prof", "classmate", "classmates", "teacher", "neighbor", "neighbour", "interviewer", "director",
        ],
        // People at home or close by who may hurt the person ("they" is left out: "they hit me with a rejection").
        ["abuser"] =
        [
            "dad", "father", "mom", "mother", "mum", "stepdad", "stepfather", "stepmom", "stepmother", "parent",
            "parents", "brother", "sister", "uncle", "aunt", "grandpa", "grandfather", "partner", "boyfriend",
            "girlfriend", "bf", "gf", "husband", "wife", "fiance", "ex", "roommate", "cousin", "guardian", "he", "she",
            "family", "stepbrother", "stepsister", "grandma", "grandmother", "landlord",
        ],
        // What an abuser does, followed by "me" in the pattern.
        ["violence"] =
        [
            "hits", "hit", "beats", "beat", "hurts", "hurt", "slaps", "slapped", "kicks", "kicked", "punches",
            "punched", "chokes", "choked", "strangles", "strangled", "abuses", "abused", "burns", "burned",
            "threatens", "threatened", "attacks", "attacked", "rapes", "raped", "shoves", "shoved", "grabs",
            "grabbed", "smacks", "smacked", "throws things at", "threw things at", "throws stuff at", "drags",
            "dragged", "whips", "whipped", "locks", "locked", "spits on", "hurting", "hitting", "beating",
        ],
        // Ending one's own life, after an intent ("I'm ready to ...", "I've decided to ...").
        ["ending"] =
        [
            "die", "end my life", "end it all", "end things", "end everything", "kill myself", "take my life",
            "off myself", "unalive myself", "stop existing", "not exist", "not be alive", "disappear forever",
            "not wake up", "never wake up", "sleep forever", "end myself", "hang myself", "overdose",
        ],
        // Dying and its ways, as a gerund after thinking, dreaming, planning: "I think about not waking up".
        ["dying"] =
        [
            "dying", "death", "being dead", "not waking up", "not existing", "killing myself", "ending my life", "ending it all",
            "ending things", "ending everything", "jumping", "disappearing forever", "overdosing", "hanging myself",
            "taking my life", "suicide", "my funeral", "not being here", "not being alive",
        ],
        // What a passing vehicle is, in a wish to be hit.
        ["vehicle"] = ["car", "bus", "truck", "train", "lorry", "something"],
        // Self-injury verbs and the body they are done to.
        ["injure"] =
        [
            "cut", "cutting", "cuts", "slit", "slitting", "burned", "burnt", "burn", "burning", "scratched", "scratching",
            "carved", "carving", "sliced", "slicing", "carve", "slice", "scratch",
        ],
        ["body"] = ["wrist", "wrists", "arm", "arms", "thigh", "thighs", "leg", "legs", "skin", "stomach", "hips", "forearm", "forearms"],
        // Soon: a time that turns a thought into a plan.
        ["soon"] = ["tonight", "today", "tomorrow", "soon", "now", "this weekend", "this week", "after this", "by morning"],
        // Heights and places people name when they mean to jump or step in front of something.
        ["height"] =
        [
            "bridge", "building", "roof", "rooftop", "cliff", "balcony", "ledge", "overpass", "garage",
            "parking garage", "tower", "window", "top floor", "tracks", "train tracks", "railway", "platform",
            "multistorey", "multistory", "multi storey", "car park", "carpark", "quarry",
        ],
        // Pills and medicines named when they are the means.
        ["pills"] =
        [
            "pills", "pill", "tablets", "meds", "medication", "medications", "painkillers", "advil", "tylenol",
            "ibuprofen", "paracetamol", "xanax", "ambien", "antidepressants", "benadryl", "sleeping pills",
            "insulin", "oxy", "opioids", "of them", "prescription", "percocet", "lithium", "pill organizer", "adderall",
            "benzos", "oxycodone", "sleeping meds", "sertraline", "zoloft", "prozac", "lexapro", "codeine",
        ],
        // How many: "all", "a bunch", or a number of two digits or more (which reads as "many", see WordTable).
        ["many"] = ["many", "all", "handful", "bunch", "whole", "entire", "bottle", "box", "lot", "too many", "every", "half", "pack", "packet", "everything"],
        // Weapons someone might bring.
        ["weapon"] = ["gun", "guns", "knife", "knives", "weapon", "weapons", "rifle", "pistol", "firearm", "bat", "machete", "bomb", "ar15", "blade", "shotgun", "handgun"],
        // Blades at hand for self-injury.
        ["blade"] = ["razor", "razors", "blade", "blades", "knife", "box cutter", "scissors"],
        // Drugs taken at a dangerous level.
        ["drug"] =
        [
            "heroin", "coke", "cocaine", "meth", "fentanyl", "benzos", "xanax", "molly", "mdma", "ketamine", "opioids",
            "adderall", "percocet", "lean", "cough syrup", "pills", "oxy", "whatever",
        ],
        // Substances named as what someone uses, without the words that are also everyday ones ("pills", "whatever").
        ["substance"] =
        [
            "heroin", "coke", "cocaine", "meth", "fentanyl", "benzos", "xanax", "xans", "molly", "mdma", "ketamine", "ket", "opioids",
            "opiates", "percocet", "lean", "oxy", "oxycodone", "codeine", "tramadol", "diazepam", "valium", "ghb", "nitrous", "spice", "zopiclone",
        ],
        // Where a threat would happen.
        ["place"] =
        [
            "office", "offices", "interview", "work", "school", "campus", "building", "company", "headquarters",
            "hq", "career fair", "onsite", "there", "class", "job", "center", "fair", "event", "meeting",
        ],
        // The people a goodbye is written to.
        ["loved"] =
        [
            "family", "everyone", "everybody", "mom", "mum", "dad", "parents", "mother", "father", "sister",
            "brother", "friends", "friend", "kids", "partner", "wife", "husband", "girlfriend", "boyfriend",
            "roommate", "people",
        ],
        // Self-harm as students write it: "sh", "s/h", "self-harm".
        ["sh"] = ["sh", "selfharm", "selfharming", "selfharmed", "cutting", "shing", "shd"],

    };

    /// <summary>Words that, just before a crisis phrase, turn it into a Check: "I don't want to die", "no quiero morir".</summary>
    internal static readonly string[] Negators = ["not", "never", "no", .. OtherLanguageNegators];

    /// <summary>
    /// Words allowed between a negator and the phrase it negates (at most two): "not going to kill myself",
    /// "never really wanted to die", "no me voy a matar".
    /// </summary>
    internal static readonly string[] NegationBridges =
    [
        "going", "to", "want", "really", "ever", "even", "actually", "trying", "planning", "plan", "me", "would",
        "will", "be", "do", "honestly", "seriously", "intend", "intending", "thinking", "about", "of", "like",
        .. OtherLanguageNegationBridges,
    ];

    /// <summary>
    /// Besides <see cref="Negators"/>, words that make a clause negative about going on living: "nobody
    /// would miss me", "nothing to keep going for", "lost the will to live", "can barely keep going".
    /// </summary>
    internal static readonly string[] ClauseNegators = ["nobody", "noone", "nothing", "none", "without", "lost", "losing", "barely", "hardly"];

    /// <summary>Words that start a new statement in a sentence; a negation before them does not reach past them.</summary>
    internal static readonly string[] ClauseJoiners = ["and", "but", "so", "because", "cause", "though", "although", "or", "yet", "then"];

    /// <summary>Phrases matched word by word: languages written with spaces between words.</summary>
    internal static LexiconEntry[] WordPhrases() =>
        [.. English, .. Spanish, .. Portuguese, .. French, .. Hinglish, .. Vietnamese, .. ArabicRomanized];

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

    /// <summary>A statement read as written, whatever negation it holds or follows ("nothing to live for").</summary>
    private static LexiconEntry[] Stated(ConcernLevel level, ConcernKind kind, params string[] patterns) =>
        Read(SignalReading.Stated, Entries(level, kind, EntryRole.Signal, patterns));

    /// <summary>A phrase about going on living, a concern only in a negative clause ("I can't keep going").</summary>
    private static LexiconEntry[] WhenNegated(ConcernLevel level, ConcernKind kind, params string[] patterns) =>
        Read(SignalReading.WhenNegated, Entries(level, kind, EntryRole.Signal, patterns));

    /// <summary>A visible sign of distress ("crying nonstop"): a check of acute distress; several count as one.</summary>
    private static LexiconEntry[] Symptom(params string[] patterns) =>
        Read(SignalReading.Symptom, Entries(ConcernLevel.Check, AcuteDistress, EntryRole.Signal, patterns));

    /// <summary>A goodbye: a crisis only with finality or another concern in the same message.</summary>
    private static LexiconEntry[] Farewell(params string[] patterns) =>
        Read(SignalReading.Farewell, Entries(ConcernLevel.Check, SelfHarm, EntryRole.Signal, patterns));

    /// <summary>Finality: a crisis only with a goodbye or another concern in the same message.</summary>
    private static LexiconEntry[] Finality(params string[] patterns) =>
        Read(SignalReading.Finality, Entries(ConcernLevel.Check, SelfHarm, EntryRole.Signal, patterns));

    /// <summary>A means named ("the rope", "my dad's gun is in the closet"): a crisis only with finality, a goodbye or another concern.</summary>
    private static LexiconEntry[] Means(params string[] patterns) =>
        Read(SignalReading.Means, Entries(ConcernLevel.Check, SelfHarm, EntryRole.Signal, patterns));

    /// <summary>A concrete detail of a kind ("98 lbs", "bring something"): a crisis only with a check of the same kind in the message.</summary>
    private static LexiconEntry[] Detail(ConcernKind kind, params string[] patterns) =>
        Read(SignalReading.Detail, Entries(ConcernLevel.Check, kind, EntryRole.Signal, patterns));

    /// <summary>Slang for an act that is also a joke's word ("kms"): a crisis, a check when the message only laughs.</summary>
    private static LexiconEntry[] Slang(ConcernKind kind, params string[] patterns) =>
        Read(SignalReading.Slang, Entries(ConcernLevel.Crisis, kind, EntryRole.Signal, patterns));

    /// <summary>The writer saying they mean it ("not joking"): a laugh then no longer softens slang.</summary>
    private static LexiconEntry[] Earnest(params string[] patterns) =>
        Read(SignalReading.Earnest, Entries(ConcernLevel.Check, ConcernKind.None, EntryRole.Signal, patterns));

    private static LexiconEntry[] Read(SignalReading reading, LexiconEntry[] entries) =>
        [.. entries.Select(entry => entry with { Reading = reading })];

    /// <summary>An idiom that still deserves a gentle check ("this job hunt is killing me").</summary>
    private static LexiconEntry[] FigureOfSpeech(ConcernKind kind, params string[] patterns) =>
        Entries(ConcernLevel.Check, kind, EntryRole.Idiom, patterns);

    /// <summary>An idiom that is no concern at all ("I killed it in the interview").</summary>
    private static LexiconEntry[] NotAConcern(params string[] patterns) =>
        Entries(ConcernLevel.None, ConcernKind.None, EntryRole.Idiom, patterns);

    private static LexiconEntry[] Entries(ConcernLevel level, ConcernKind kind, EntryRole role, string[] patterns) =>
        [.. patterns.Select(pattern => new LexiconEntry(pattern, level, kind, role))];
}
