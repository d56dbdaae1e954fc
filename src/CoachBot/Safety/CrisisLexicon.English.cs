using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
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
}
