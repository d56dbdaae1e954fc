using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== English =====
    // Grouped by meaning: who, what (death, not existing, self-injury, violence, a weapon, pills, a height),
    // intent, plan, means, time, farewell. An intent to harm is softened by a negation just before it
    // ("I would never hurt myself"); a statement that holds its own negation is read as written; a phrase
    // about going on living is a concern only when negated. See SignalReading.

    private static readonly LexiconEntry[] English =
    [
        // Suicide, direct: an act or a wish about one's own life. Negated, a gentle check.
        .. Crisis(SelfHarm,
            "kill myself", "killing myself", "killed myself", "kms", "suicide", "suicidal", "unalive", "unaliving",
            "sewerslide", "end my (own) life", "ending my (own) life", "take my (own) life", "taking my (own) life",
            "end it all", "ending it all", "want to * die", "wish i (was/were) dead", "wish i could die",
            "wish i would die", "want to be dead", "rather be dead", "{intent} * {ending}",
            "end/ending things/everything", "end/ending myself", "self delete/deleting",
            "want/wish/rather/like * to * not exist", "want/wish/rather/like * to * not be alive", "stop/stopped existing", "cease to exist",
            "wish i * not/never exist/existed/born/here", "want/wish * to be gone", "wish i (was/were) gone",
            "take/taking the easy way out", "jump/jumping * off/from * {height}", "jump/jumping/step/stepping/walk/walking/lie/lying/laying * in front of", "edge of * roof/rooftop/bridge/building/ledge/cliff/balcony",
            "thinking about/of jumping/dying", "planning my/the suicide/death/exit", "plan * to end", "{ending} * {soon}",
            "going to die * {soon}", "done with life/living/existing", "done with being alive", "want/wish * all/everything * to end/stop", "want/wish * all/everything * to be over",
            "sleep * never/not wake up", "hope/wish/pray/want * (to) not/never wake up", "never wake up again",
            "close my eyes * forever", "sleep forever", "gone forever", "gone for good", "disappear * forever", "disappear for good", "leave * forever", "leave this world/earth",
            "better place without me", "make it stop forever", "feel like dying", "{dying} * easier/peaceful/relief", "{dying} * would be better", "end it * {soon}",
            "think/thinking/thought/dream/dreaming/daydream/daydreaming/fantasize/fantasizing/obsessing/considering/imagining * about/of * {dying}",
            "think/thinking/thought/dream/dreaming/daydream/daydreaming/fantasize/fantasizing/obsessing/considering/imagining * {dying}",
            "easier * to die/disappear", "easier if i * died/gone/dead", "hope/wish/pray * {vehicle} * hits/hit me",
            "would not mind * if * died/die", "would not mind * if * hit me", "would not mind * dying/dead", "if * {vehicle} * hit me",
            "disappointed/upset/sad/angry/annoyed/hate * i woke up", "hate waking up", "yeet myself off/from/in front",
            "drank/drink/drinking/swallowed/swallow * bleach/antifreeze/poison/detergent",
            "drive/driving/crash/crashing/steer/steering * car * into/off", "drive/driving/crash/crashing * into * wall/tree/traffic/river/truck/barrier",
            "i am ending it", "i will end it", "ending it * after/when/once/on/this/tonight/tomorrow", "how high * {height}", "{height} * high enough",
            "high enough to", "never been born", "better off * life insurance", "saving/saved/stockpiling/hoarding/collecting * {pills}",
            "make sure * {loved} * knows/know * i love/loved"),
        // Suicide, indirect and stated: the world without them, no reason, no point. Negations are part of the meaning.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "better off without me", "better off dead", "will not be around to see", "not * be here/around * much longer",
            "not be around anymore", "not going to be around * much longer", "not be here much longer", "not be here * anymore", "not be here for long",
            "no reason to live", "nothing to live for", "not worth living", "life is not worth", "this is goodbye",
            "goodbye forever", "if i (was/were) gone", "want to disappear forever", "wish i (was/were) never born",
            "goodbye letter/letters/note/notes", "suicide note", "tired of living", "tired of being alive", "tired of existing",
            "do not want to live", "do not want to be alive", "do not want to exist", "do not want to wake up",
            "do not want to be here anymore", "do not think i want to live/exist", "no will to live", "will to live",
            "point * living/life/existing/alive", "point * going on", "point * waking up", "point * being here", "point * anything/trying anymore",
            "if i * died/disappeared/vanished", "if i * killed myself", "if i * was/were dead", "if i * did not exist", "if i * was/were not here/around",
            "would not notice/care/matter * if i", "world * better * without me", "everyone * better * without me",
            "easier * without me", "not be a burden/problem * anymore", "not be a burden/problem * much longer", "see you on the other side"),
        // Going on living: a concern when negated ("I don't see how I can keep going", "nobody would miss me").
        .. WhenNegated(ConcernLevel.Crisis, SelfHarm,
            "want to live/exist/continue", "want to be alive", "want to go on", "want to keep going/living", "want to wake up",
            "reason * to live/stay/exist", "reason * to go on", "reason * to keep going/living", "reason * to be alive",
            "keep going", "keep living", "keep on living", "go on living", "continue living", "carry on",
            "how to go on", "able to go on", "live like this", "live with myself", "hold/hang on * much longer", "hold/hang on * anymore",
            "survive * night/tonight/week/weekend", "make it through * night/tonight/week/weekend",
            "would * miss me", "would * notice/care * if i/me", "would * even notice/care", "care if i * live/die/died/lived",
            "hear from me again/anymore/after", "see me again", "to live for", "see myself * living/alive/here/around",
            "see myself * waking up", "last * much longer", "want to be here/around/alive * anymore"),
        .. WhenNegated(ConcernLevel.Crisis, AcuteDistress, "can * go on"),
        .. WhenNegated(ConcernLevel.Check, AcuteDistress, "hold/keep it together", "keep doing this", "see * way out", "see * future", "get better", "take * much more"),

        // Farewells: a crisis as said, or when a goodbye meets finality or another concern.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "last message * from me", "last message * i * send/write", "last time * hear/talk/see * from me",
            "by the time * read/reads/see/sees this", "when you read this", "goodbye world/everyone/everybody", "goodbye cruel world",
            "said/saying my goodbyes", "say goodbye to * everyone/everybody/world/family",
            "wrote/written/writing/left/leaving * letter/letters/note/notes * for/to * {loved}",
            "giving/gave/give/given away * stuff/things/belongings/possessions/everything/pets/cat/dog/games/clothes",
            "will not need * anymore", "will not need * after tonight", "after/when i am gone", "after i die", "when i die * {loved}", "this is my goodbye", "my final goodbye",
            "will not be needing * anymore"),
        .. Farewell(
            "thanks for everything", "thank you for everything", "goodbye", "good bye", "farewell", "sorry for everything",
            "love you all", "tell * {loved} * i love", "tell * {loved} * sorry", "take care of my cat/dog/pet/pets/family",
            "it was nice knowing", "please forgive me", "bye everyone/everybody/world", "thanks for listening",
            "thank you for listening"),
        .. Finality(
            "one last time", "last message", "last words", "final message/words/goodbye", "never see * again",
            "will not be here/around", "in another life", "it is over for me", "no longer be here/around",
            "last thing i * do/say/write", "anymore after tonight", "for the last time", "thank you for trying", "thanks for trying",
            "bye/goodbye/leaving/gone/done for good", "i have decided", "made up my mind", "mind is made up", "tonight is the night",
            "feel/feels like a plan", "it is time", "thinking about it * tonight/now"),
        // The means at hand: a crisis as said.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "{weapon} * my hand/hands", "holding * {weapon}", "{weapon} * right here/now", "{weapon} * in front of me"),
        // The means named: no concern alone; with finality, a goodbye or another concern, a crisis.
        .. Means(
            "{weapon} * closet/drawer/room/bag/car/house/home", "rope", "noose", "bleach", "razor", "blade", "blades", "lighter",
            "{height} * high", "have everything i need", "got everything i need", "{pills} * saved/ready/enough", "have/got/bought/brought * {weapon}", "my * {weapon}"),

        // Self-harm, including how students write it.
        .. Crisis(SelfHarm,
            "hurt myself", "hurting myself", "harm myself", "harming myself", "selfharm", "selfharming", "selfharmed", "cut myself",
            "shoot/hang/drown/stab/poison/strangle/suffocate/hanging/drowning myself",
            "cutting myself", "cutting again", "burn myself", "burning myself", "hit/hitting/punch/punching/scratch/scratching myself",
            "cut/cutting/slit/slitting/cuts * wrist/wrists/arm/arms/thigh/thighs/legs/skin", "make/made myself bleed",
            "i cut again", "started cutting", "want to cut", "urge/urges * to {sh}", "urge/urges * to cut", "{sh} urge/urges/again/relapse/scars/cuts",
            "relapse/relapsed/relapsing * {sh}", "relapse/relapsed/relapsing * cut", "clean from * {sh}", "to sh", "i sh", "razor/blade/blades * myself/skin/wrist/wrists/arm/arms/thigh/thighs",
            "fresh cuts", "hide * cuts/scars", "{injure} myself", "{injure} * my * {body}", "{body} * cuts/scars/burns", "covered in cuts/scars/burns",
            "till/until * bled/bleed/bleeds/bleeding", "{sh} * clean"),
        .. Check(SelfHarm, "urges * back/bad/strong/again", "ending it", "punish myself", "deserve to suffer", "thinking of/about ending it",
            "going to end it", "want to end it", "have/bought/got a gun", "deserve pain", "deserve to hurt"),
        // A plan or the means, in plain words.
        .. Crisis(SelfHarm,
            "standing/sitting/am * on/at * bridge/ledge/roof/rooftop/balcony/cliff/overpass/tracks", "on the ledge",
            "top of * building/garage/bridge/tower/cliff/roof/dorm/library", "bought * rope", "have/got a rope", "noose",
            "rope * ready/tied/beam/ceiling/closet", "tie/tied * rope/noose", "pills saved", "saving * pills", "stockpiling * pills/meds",
            "stockpiled * pills/meds", "bottle of pills", "took all * pills",
            "took/taken/swallowed/popped/downed/take/taking/swallow/swallowing/ate * {many} * {pills}",
            "swallowed * pills", "handful of pills", "how many pills", "how many * {pills} * to/would/does/will/kill/die", "lethal dose",
            "painless way to die/go", "ways to die", "how to die", "how to kill myself", "gun * loaded", "loaded * gun",
            "gun * my head/mouth", "gun * myself", "pills * in front of me", "{pills} * ready", "rope * ready", "blade * ready"),

        // Harm to others: intent plus a violent verb plus a person, a weapon taken somewhere, or an act that needs no person.
        .. Crisis(HarmToOthers,
            "{intent} * {harm} * {target}", "kill them all", "kill everyone", "shoot up * office/school/building/place/company/headquarters/hq/work",
            "bring/bringing/brought/take/taking/carry/carrying * {weapon} * {place}", "know where * lives/live",
            "want * {target} dead", "make them suffer", "{weapon} * to * {place}", "show/showing up * with * {weapon}",
            "walk/walking * in * with * {weapon}", "{target} * deserve/deserves * to die", "{target} * deserve/deserves * to be dead/shot", "go postal",
            "make * pay * blood/with", "hurt/kill/shoot/stab * them * all", "{target} * will * pay * {weapon}",
            "shoot up * center/fair/campus/class/mall/party/event/meeting", "set fire to * {place}", "set fire to * house/car", "burn down * {place}", "burn down * house",
            "set * {place} * on fire", "{place} * with * {weapon}",
            "imagining/imagine/fantasize/fantasizing/thinking/dreaming/dream * killing/hurting/shooting/stabbing/strangling * {target}",
            "killing/hurting/shooting/stabbing * {target} * plan"),
        .. Check(HarmToOthers, "make {target} * pay", "hope * {target} dies", "{target} will pay", "get revenge",
            "they will regret/see/learn", "they will be sorry", "deserve/deserves to suffer"),

        // Abuse or violence at home.
        .. Crisis(Abuse,
            "{abuser} * {violence} * me", "not safe at/in * home/house", "i am not safe", "threatened to {harm} me",
            "threatens to {harm} me", "threatening to {harm} me", "abuses me", "abused me", "abusing me",
            "being abused", "abusive relationship", "sexually assaulted", "raped", "molested", "locked me in",
            "{abuser} * threatens/threatened/threatening * me", "{abuser} * threatens/threatened/threatening * to * kill/hurt/beat/hit",
            "afraid/scared/terrified * {abuser} * will/going * hurt/hit/kill/beat",
            "will not let me leave", "not allowed to leave * house/room/home", "locks me in", "locked me * room/house/closet",
            "{abuser} * gave me * bruises/bruise", "{abuser} * gave me * black eye", "bruises/bruise/marks * from * {abuser}", "domestic violence/abuse",
            "{abuser} * pushed/pushes/shoved/shoves/threw/throws * me * down/into/against/over/across"),
        .. Check(Abuse, "abusive", "afraid/scared/terrified of my {abuser}", "afraid/scared to go home", "kicked me out",
            "{abuser} * takes/took * my phone", "{abuser} * controls * my", "bruises all over", "covered in bruises"),

        // Eating disorders at a dangerous level.
        .. Crisis(EatingDisorder,
            "starving myself", "starve myself", "starved myself", "not eaten/eating/eat * punish/deserve/thin/skinny/fat/weight/calories",
            "myself throw up", "myself vomit/puke/sick", "throw up after eating", "throwing up after * eating/meal/meals",
            "purging after", "not deserve * food/meals", "not deserve * to eat", "laxatives * lose weight", "binge and purge", "fainted * not eating"),
        .. Check(EatingDisorder,
            "skipping meals", "stopped eating", "anorexia", "anorexic", "bulimia", "bulimic", "purging",
            "afraid to eat", "hate my body"),

        // Substance use at a dangerous level.
        .. Crisis(SubstanceUse,
            "overdose", "overdosed", "overdosing", "drinking * and * pills", "drunk * and * pills",
            "{pills} * and * alcohol/drinking/vodka/booze/wine/whiskey/drank/drunk", "mixing * pills", "took * too many pills",
            "drink/drinking/drank myself to death/sleep", "mixing * {pills}", "{pills} * with * alcohol/vodka/booze/wine/whiskey/drinking", "drink/drinking * until i * pass/black out", "drink/drinking * until i * do not wake up"),
        .. Check(SubstanceUse,
            "drinking a lot", "drinking too much", "drinking every day/night", "drinking heavily", "drinking alone",
            "drinking all day", "drunk every day/night", "drunk all day", "getting high", "using again",
            "relapsed", "can not stop drinking", "blacked out", "whole bottle", "high every day",
            "took/taken/had * too much/many * of/something/drugs/stuff"),

        // Acute distress: overwhelmed now.
        .. Stated(ConcernLevel.Crisis, AcuteDistress, "can not go on", "can not take * anymore", "can not live like this"),
        // Softer distress: a gentle check.
        .. Stated(ConcernLevel.Check, AcuteDistress,
            "hopeless", "no hope", "lost all hope", "what is the point * anything/life/living/trying/anymore/existing/all",
            "no point in * anything/living/life/trying", "feel like a burden", "i am a burden", "such a burden",
            "burden to everyone/everybody/people/others", "worthless", "hate myself", "hate my life",
            "can not do this anymore", "can not handle * anymore", "falling apart", "breaking down", "empty inside", "dead inside", "dying inside",
            "numb to everything", "feel numb", "feel so empty", "feel empty", "give up on everything", "give up on life", "tired of life",
            "no one cares about me", "nobody cares about me", "i am * not okay/ok/alright", "not doing okay/ok/well",
            "do not want to be here", "want to disappear", "wish i could * disappear/vanish", "want/wish * to * disappear/vanish", "i am dead", "nothing matters", "everything is pointless",
            "nothing will * get better", "never going to get better", "spiraling", "mental/nervous breakdown", "i broke down", "broke down crying/sobbing/completely", "broke down in tears",
            "can not function", "can not cope", "losing it", "at my limit", "at my breaking point", "so alone", "would * notice/care",
            "dark thoughts/place", "intrusive thoughts", "bad thoughts", "so overwhelmed", "completely/totally/really overwhelmed",
            "feel like * drowning/suffocating", "everything * pointless/meaningless/heavy/hopeless/dark/hurts",
            "do not recognize/recognise myself", "exhausted all the time", "such a * failure/disappointment", "complete/total failure/disappointment",
            "i am a failure/disappointment", "can not even look at"),
        // Visible distress without a crisis word: one gentle check however many signs.
        .. Symptom(
            "can not breathe", "can not stop shaking", "can not stop crying", "panic attack/attacks", "anxiety attack/attacks",
            "crying/cried/cry/sobbing/sobbed * nonstop/constantly/since/uncontrollably/again", "crying/cried/sobbing/sobbed * non stop",
            "crying/cried/sobbing/sobbed * all day/night", "crying/cried/sobbing/sobbed * for hours/days",
            "crying/cried/sobbing/sobbed * every day/night", "crying/cried/sobbing/sobbed * so hard", "cry/cried/crying myself to sleep",
            "have not stopped crying", "been crying", "keep crying", "i am crying", "in tears",
            "have/had not slept * days/nights/since/in/week/weeks", "not eaten or slept", "can not sleep * anymore/since/days/nights", "can not sleep at all", "not sleeping * days/since", "not sleeping at all",
            "have/had not eaten * days/since/week/weeks", "have/had not eaten at all", "can not eat * anymore/since", "can not eat at all",
            "not eating * days/since", "not eating at all",
            "can not get out of bed", "can barely", "can not move", "can not feel my", "gone/went/am/feel/body/everything * numb", "have not left my * room/bed/house/apartment", "stayed/staying/lying/laying/lay in bed * all day", "stayed/staying/lying/laying/lay in bed * for days",
            "am/is/are/been/still/keep/started/was/were/body/hands/hand * shaking", "heart * racing/pounding", "hyperventilating",
            "throwing up * stress/anxiety/nerves", "can not think straight", "can not stop thinking about it", "screaming into * pillow"),

        // Figures of speech worth a gentle check, not the hand-off.
        .. FigureOfSpeech(AcuteDistress,
            "killing me", "kill me", "going to kill me", "could (just/literally/honestly) die", "die of/from embarrassment/shame",
            "died of embarrassment", "is/was murder", "going to die", "rather die", "shoot me now", "yeet myself"),
        .. FigureOfSpeech(HarmToOthers, "could * kill/murder/strangle * {target}"),

        // Figures of speech that are not a concern.
        .. NotAConcern(
            "killed/kill/killing it", "dying to", "die for", "dead end", "dead serious", "drop dead",
            "dead tired/set/last/wrong/silent/quiet/broke/weight/on/center/ringer/line/lines/heat/giveaway",
            "shoot * email/mail/message/text/note/line/dm/reply/invite/resume/cv/application/update/shot/followup",
            "kill * with kindness", "hit/hits me up", "hit/hits me with", "beat/beats me to/at/in/by/for",
            "die/dying/died laughing", "dying of laughter", "kill/killing time", "kill two birds",
            "can not go on a/an/the/vacation/holiday/holidays/trip/break/leave/tour/stage/record/camera",
            "go on * trip/vacation/holiday/holidays/break/leave/tour/date/record/camera/stage/linkedin/site/website/call/strike",
            "go on to", "go on * another/more/interview/interviews/any/leave", "stay at/in/with/on/for",
            "roof/rooftop deck/bar/terrace/garden/party/lounge/restaurant/pool/lunch", "living/live in/at/near/there/abroad/downtown/on/close/far/outside", "keep going with/to/for/after/on * application/applications/applying/job/jobs/search/hunt/career/process/interviews/path/field/major/degree/school/program",
            "should * keep going/trying/applying", "keep going to",
            "wake up early/at/for/before", "wake up on/in time", "life savings", "take my life back", "take my life in * direction",
            "will/would/does/did/can/could it kill/hurt", "would kill to/for",
            "kill/killing/killed/murder/bomb/bombed/bombing/crush/crushed/nail/nailed/smash/smashed this/that/the/my interview/presentation/pitch/round/exam/test/application/assessment/it",
            "cover/recommendation/reference/motivation/offer/rejection/acceptance/intent/support/thankyou letter/letters/note/notes", "thank you letter/letters/note/notes",
            "blow/blew/blowing up * phone/inbox/linkedin/email/emails/dms/notifications", "hit * up",
            "shaking hands/hand/head", "shaking things up", "shaking it off", "crying/cried laughing", "crying with/of laughter", "crying shame",
            "stick/stuck to my guns", "jump the gun", "jumped the gun", "top gun", "big guns", "smoking gun", "under the gun",
            "guns blazing", "knife edge", "under the knife", "knife to a gunfight", "going to bat", "went to bat", "right off the bat",
            "bat an eye", "photo/talent/hiring/job bomb", "f bomb", "bath bomb", "okay/ok/alright/fine with", "bridge call/line/program/role/team/loan/year",
            "jump/jumping/jumped ship/at/through/into", "jump/jumping/jumped on the", "jump/jumping/jumped in line", "carry on bag/luggage", "make it through * round/interview/rounds/process/screen",
            "survive * round/interview/rounds/process/screen/layoff/layoffs/cut/cuts", "hold on to", "hang on to", "hang on a",
            "get better at/with/grades/job/offer", "a future in", "future in this/the",
            "suicide/selfharm/overdose/overdoses * prevention/awareness/hotline/hotlines/research/statistics/rates/rate/risk/studies/study/policy/data/training/counseling/counselor/support/lifeline",
            "disappear from linkedin/social/twitter/instagram/online/internet/tiktok", "disappear from the internet",
            "live in/at/near/there/abroad/downtown/on/close/far/outside", "banging my head against"),
    ];
}
