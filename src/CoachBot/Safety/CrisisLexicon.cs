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
internal static class CrisisLexicon
{
    /// <summary>Word classes, used in patterns as {name}. A member may be several words ("going to").</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> WordClasses = new Dictionary<string, string[]>
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
        // Spanish: who, and what they do ("mi papá me pega").
        ["abusador"] =
        [
            "padre", "papa", "madre", "mama", "novio", "novia", "pareja", "esposo", "esposa", "marido",
            "padrastro", "madrastra", "hermano", "hermana", "tio", "tia",
        ],
        ["violencia"] = ["pega", "pego", "golpea", "golpeo", "maltrata", "maltrato", "lastima", "lastimo", "amenaza", "amenazo", "ahorca", "patea", "abusa", "abuso", "viola", "violo"],
        // Spanish threats: the verb with the victim attached ("matarlo").
        ["matarlo"] = ["matarlo", "matarla", "matarlos", "matarlas", "lastimarlo", "lastimarla", "golpearlo", "golpearla", "apunalarlo"],
        ["matar"] = ["matar", "lastimar", "golpear", "apunalar", "disparar"],
    };

    /// <summary>Words that, just before a crisis phrase, turn it into a Check: "I don't want to die", "no quiero morir".</summary>
    internal static readonly string[] Negators = ["not", "never", "no", "nao", "nunca", "jamas", "jamais", "khong"];

    /// <summary>
    /// Words allowed between a negator and the phrase it negates (at most two): "not going to kill myself",
    /// "never really wanted to die", "no me voy a matar".
    /// </summary>
    internal static readonly string[] NegationBridges =
        ["going", "to", "want", "really", "ever", "even", "actually", "trying", "planning", "plan", "me", "voy", "a", "quiero", "vou", "quero"];

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

    // ===== English =====

    private static readonly LexiconEntry[] English =
    [
        // Suicide, direct.
        .. Crisis(SelfHarm,
            "kill myself", "killing myself", "killed myself", "kms", "suicide", "suicidal", "unalive", "unaliving",
            "sewerslide", "end my (own) life", "ending my (own) life", "take my (own) life", "taking my (own) life",
            "end it all", "ending it all", "want to * die", "wish i (was/were) dead", "wish i could die",
            "wish i would die", "want to be dead", "better off dead", "rather be dead", "tired of living",
            "tired of being alive", "do not want to live", "do not want to be alive", "do not want to exist",
            "do not want to wake up", "do not want to be here anymore", "do not think i want to live/exist",
            "sleep * never wake up", "hope i * never wake up", "wish i * never wake up"),
        // Suicide, indirect: a goodbye, or the world without them.
        .. Crisis(SelfHarm,
            "better off without me", "will not be around to see", "not be around * much longer",
            "not be around anymore", "not going to be around * much longer", "not be here much longer",
            "no reason to live", "nothing to live for", "not worth living", "life is not worth", "this is goodbye",
            "goodbye forever", "if i (was/were) gone", "want to disappear forever", "wish i (was/were) never born",
            "goodbye letter", "goodbye note"),
        // Self-harm.
        .. Crisis(SelfHarm,
            "hurt myself", "hurting myself", "harm myself", "harming myself", "selfharm", "cut myself",
            "shoot/hang/drown/stab/poison/strangle/suffocate/hanging/drowning myself",
            "cutting myself", "cutting again", "burn myself", "burning myself"),
        // A plan or the means.
        .. Crisis(SelfHarm,
            "jump off * bridge/building/roof/cliff/balcony", "jump in front of * train/car/bus",
            "standing on * bridge/ledge/roof/balcony", "on the ledge", "bought * rope", "have/got a rope", "noose",
            "pills saved", "saving * pills", "stockpiling * pills/meds", "stockpiled * pills/meds", "bottle of pills", "took all * pills",
            "swallowed * pills", "handful of pills", "how many pills", "lethal dose", "painless way to die/go", "ways to die",
            "how to die", "how to kill myself"),

        // Harm to others: intent plus a violent verb plus a person, or an act that needs no person.
        .. Crisis(HarmToOthers,
            "{intent} * {harm} * {target}", "kill them all", "kill everyone", "shoot up * office/school/building/place/company/headquarters/hq/work",
            "bring * gun/knife/weapon * office/interview/work/school", "know where * lives/live",
            "want * {target} dead", "make them suffer"),
        .. Check(HarmToOthers, "make {target} pay", "hope * {target} dies"),

        // Abuse or violence at home.
        .. Crisis(Abuse,
            "{abuser} * {violence} me", "not safe at/in * home/house", "i am not safe", "threatened to {harm} me",
            "threatens to {harm} me", "threatening to {harm} me", "abuses me", "abused me", "abusing me",
            "being abused", "abusive relationship", "sexually assaulted", "raped", "molested", "locked me in"),
        .. Check(Abuse, "abusive", "afraid/scared/terrified of my {abuser}", "afraid/scared to go home", "kicked me out"),

        // Eating disorders at a dangerous level.
        .. Crisis(EatingDisorder,
            "starving myself", "starve myself", "starved myself", "have not eaten * days", "not eaten for days",
            "myself throw up/vomit/puke", "throw up after eating", "throwing up after * eating/meal/meals",
            "purging after", "do not deserve to eat", "laxatives * lose weight"),
        .. Check(EatingDisorder,
            "skipping meals", "stopped eating", "anorexia", "anorexic", "bulimia", "bulimic", "purging",
            "afraid to eat", "hate my body"),

        // Substance use at a dangerous level.
        .. Crisis(SubstanceUse,
            "overdose", "overdosed", "overdosing", "drinking * and * pills", "drunk * and * pills",
            "pills * and * alcohol/drinking/vodka/booze/wine/whiskey", "mixing * pills", "took * too many pills"),
        .. Check(SubstanceUse,
            "drinking a lot", "drinking too much", "drinking every day/night", "drinking heavily", "drinking alone",
            "drinking all day", "drunk every day/night", "drunk all day", "getting high", "using again",
            "relapsed", "can not stop drinking", "blacked out", "whole bottle"),

        // Acute distress: overwhelmed now.
        .. Crisis(AcuteDistress, "can not go on", "can not take * anymore", "can not live like this"),
        // Softer distress: a gentle check.
        .. Check(AcuteDistress,
            "hopeless", "what is the point * anything/life/living/trying/anymore/existing/all",
            "no point in * anything/living/life/trying", "feel like a burden", "i am a burden", "such a burden",
            "burden to everyone/everybody/people/others", "worthless", "hate myself", "hate my life",
            "can not do this anymore", "can not handle * anymore", "falling apart", "can not breathe", "can not stop shaking",
            "can not stop crying", "panic attack", "breaking down", "empty inside", "dead inside", "dying inside",
            "numb to everything", "give up on everything", "give up on life", "tired of life", "no one cares about me",
            "nobody cares about me", "no one would miss me", "nobody would miss me", "i am not okay",
            "do not want to be here", "want to disappear", "i am dead"),
        .. Check(SelfHarm,
            "punish myself", "deserve to suffer", "thinking of/about ending it", "going to end it", "want to end it",
            "have/bought/got a gun"),

        // Figures of speech worth a gentle check, not the hand-off.
        .. FigureOfSpeech(AcuteDistress,
            "killing me", "kill me", "going to kill me", "could (just/literally/honestly) die", "die of/from embarrassment/shame",
            "died of embarrassment", "is/was murder", "going to die", "rather die", "shoot me now"),
        .. FigureOfSpeech(HarmToOthers, "could * kill/murder/strangle * {target}"),

        // Figures of speech that are not a concern.
        .. NotAConcern(
            "killed/kill/killing it", "dying to", "die for", "dead end", "dead serious", "drop dead",
            "shoot * email/mail/message/text/note/line/dm/reply/invite/resume/cv/application/update",
            "kill * with kindness", "hit/hits me up", "hit/hits me with", "beat/beats me to/at/in/by/for",
            "die/dying/died laughing", "dying of laughter", "kill/killing time", "kill two birds",
            "can not go on a/an/the/vacation/holiday/holidays/trip/break/leave/tour/stage/record/camera",
            "life savings", "take my life back", "take my life in * direction",
            "will/would/does/did/can/could it kill/hurt",
            "kill/killing/killed/murder this/that/the/my interview/presentation/pitch/round/exam/test/application/assessment"),
    ];

    // ===== Spanish =====

    private static readonly LexiconEntry[] Spanish =
    [
        .. Crisis(SelfHarm,
            "quiero morir", "quiero morirme", "me quiero morir", "matarme", "me voy a matar", "me quiero matar",
            "suicidarme", "suicidar", "suicidio", "suicida", "no quiero vivir", "no quiero seguir viviendo",
            "quitarme la vida", "acabar con mi vida", "terminar con mi vida", "acabar con todo",
            "estarian mejor sin mi", "cortarme", "me estoy cortando", "hacerme dano", "lastimarme",
            "tirarme de/del * puente/edificio"),
        .. Crisis(AcuteDistress, "no aguanto mas", "ya no puedo mas"),
        .. Check(AcuteDistress,
            "sin esperanza", "nada tiene sentido", "no tiene sentido nada", "soy una carga", "me odio",
            "no estoy bien", "me siento vacio/vacia"),
        .. Check(SubstanceUse, "bebiendo mucho", "tomando mucho"),
        .. Crisis(HarmToOthers,
            "voy/quiero/vamos a {matar} a/al", "quiero {matar} a/al", "{matarlo}", "lo/la/los/las voy a matar",
            "se donde vive"),
        .. Crisis(Abuse,
            "{abusador} * me {violencia}", "no estoy a salvo", "no estoy segura/seguro en * casa",
            "amenazo con matarme", "me amenazo con"),
        .. Check(Abuse, "miedo de volver a casa"),
        .. FigureOfSpeech(AcuteDistress, "morir/muero de * verguenza"),
        .. NotAConcern("me muero de ganas/risa/hambre/sueno/calor/frio", "muero de ganas/risa", "matar el tiempo"),
    ];

    // ===== Portuguese =====

    private static readonly LexiconEntry[] Portuguese =
    [
        .. Crisis(SelfHarm,
            "me matar", "quero morrer", "me suicidar", "suicidio", "nao quero * viver", "tirar * minha * vida",
            "acabar com a minha vida", "acabar com tudo", "me cortar", "me machucar", "melhor sem mim"),
        .. Crisis(AcuteDistress, "nao aguento mais"),
        .. Check(AcuteDistress, "sem esperanca", "sou um peso", "nao estou bem"),
        .. Crisis(HarmToOthers, "vou matar ele/ela/eles/voce"),
        .. FigureOfSpeech(AcuteDistress, "morrendo/morrer/morri de vergonha"),
        .. NotAConcern("morrendo/morrer/morri de rir/fome/sono/vontade/saudade/calor/frio"),
    ];

    // ===== French =====

    private static readonly LexiconEntry[] French =
    [
        .. Crisis(SelfHarm,
            "veux mourir", "envie de mourir", "me suicider", "me tuer", "veux en finir", "en finir avec la vie",
            "plus envie de vivre", "envie de disparaitre", "me faire du mal", "me scarifier",
            "mettre fin a mes jours", "mettre fin a ma vie"),
        .. Crisis(AcuteDistress, "jen/nen peux plus"),
        .. Check(SelfHarm, "veux pas mourir"),
        .. Check(AcuteDistress, "sans espoir", "je me deteste"),
        .. FigureOfSpeech(AcuteDistress, "va me tuer"),
        .. NotAConcern("mort/morte de rire", "meurs de faim"),
    ];

    // ===== Hinglish (Hindi in Latin letters) =====

    private static readonly LexiconEntry[] Hinglish =
    [
        .. Crisis(SelfHarm,
            "marna hai", "marna chahta/chahti", "mar jaana chahta/chahti", "khudkushi", "aatmahatya",
            "jeene ka mann nahi", "jeena nahi chahta/chahti", "jeena nahi hai", "zindagi khatam",
            "khud ko maar/khatam", "apni jaan le", "nass kaat"),
        .. Crisis(HarmToOthers, "usko/use/unko maar dunga/dalunga/dungi", "jaan se maar"),
        .. FigureOfSpeech(AcuteDistress, "mar jaunga/jaungi"),
    ];

    // ===== Vietnamese (matched without diacritics, so typed either way) =====

    private static readonly LexiconEntry[] Vietnamese =
    [
        .. Crisis(SelfHarm,
            "muon chet", "tu sat", "khong muon song", "ket thuc cuoc doi/song", "chet di cho xong", "rach tay"),
        // "tự tử" (suicide) is in ToneSensitive: without tone marks it reads like "từ từ", slowly.
        .. Check(AcuteDistress, "tuyet vong", "muon bien mat"),
        .. FigureOfSpeech(AcuteDistress, "met muon chet"),
        .. NotAConcern("cuoi muon chet"),
    ];

    // ===== Chinese (simplified and traditional) =====

    private static readonly LexiconEntry[] Chinese =
    [
        .. Crisis(SelfHarm,
            "自杀", "自殺", "想死", "不想活", "活不下去", "轻生", "輕生", "结束生命", "結束生命", "结束自己", "結束自己",
            "割腕", "自残", "自殘", "跳楼", "跳樓", "死了算了"),
        .. Crisis(AcuteDistress, "撑不下去", "撐不下去"),
        .. Crisis(HarmToOthers, "杀了他", "殺了他", "杀了她", "殺了她"),
        .. Crisis(Abuse, "家暴"),
        .. Check(AcuteDistress, "绝望", "絕望"),
        // "不想死" is "I don't want to die".
        .. FigureOfSpeech(SelfHarm, "不想死"),
        // "想死你了" is "I miss you so much".
        .. NotAConcern("想死你", "想死妳", "想死您", "想死我了"),
    ];

    // ===== Japanese =====

    private static readonly LexiconEntry[] Japanese =
    [
        .. Crisis(SelfHarm,
            "死にたい", "しにたい", "自殺", "消えたい", "生きたくない", "生きていたくない", "死のう", "死んでしまいたい",
            "リスカ", "自傷", "首を吊", "飛び降り", "いなくなりたい"),
        .. Check(SelfHarm, "死にたくない"),
        .. Check(AcuteDistress, "楽になりたい"),
    ];

    // ===== Korean (with and without the space people often leave out) =====

    private static readonly LexiconEntry[] Korean =
    [
        .. Crisis(SelfHarm,
            "죽고 싶", "죽고싶", "자살", "살기 싫", "살기싫", "살고 싶지 않", "살고싶지 않", "자해", "죽어버리고 싶",
            "뛰어내리", "사라지고 싶", "목을 매"),
        // "죽고 싶지 않아" is "I don't want to die".
        .. FigureOfSpeech(SelfHarm, "죽고 싶지 않", "죽고싶지 않"),
    ];

    // ===== Arabic (folded: no tashkeel, one alef, ي for ى, ه for ة) =====

    private static readonly LexiconEntry[] Arabic =
    [
        .. Crisis(SelfHarm,
            "أريد أن أموت", "أريد الموت", "أبي أموت", "أبغى أموت", "بدي موت", "بدي أموت", "عايز أموت", "عاوز أموت",
            "نفسي أموت", "انتحار", "انتحر", "أقتل نفسي", "أنهي حياتي", "لا أريد أن أعيش", "ما بدي عيش",
            "مش عايز أعيش", "إيذاء نفسي", "أؤذي نفسي", "أجرح نفسي"),
        // "لا أريد أن أموت" is "I don't want to die".
        .. FigureOfSpeech(SelfHarm, "لا أريد أن أموت"),
        .. NotAConcern("أموت من الضحك"),
    ];

    // ===== Hindi (Devanagari; nukta folded away, so ख़ = ख) =====

    private static readonly LexiconEntry[] Hindi =
    [
        .. Crisis(SelfHarm,
            "मरना चाहत", "मुझे मरना है", "मैं मरना", "आत्महत्या", "ख़ुदकुशी", "जीना नहीं चाहत", "जीने का मन नहीं",
            "ख़ुद को मार", "ख़ुद को ख़त्म", "अपनी जान ले", "ज़िंदगी ख़त्म", "जान दे दू"),
    ];

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
