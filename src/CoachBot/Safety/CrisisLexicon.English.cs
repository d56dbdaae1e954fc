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
            "kill myself", "killing myself", "killed myself", "suicide", "suicidal",
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
            "i am ending it", "i will end it", "ending it * after/when/once/on/this/tonight/tomorrow", "tired of fighting", "how high * {height}", "{height} * high enough",
            "high enough to", "never been born", "better off * life insurance", "saving/saved/stockpiling/hoarding/collecting * {pills}",
            "make sure * {loved} * knows/know * i love/loved", "painless ways to die/go", "ways to die/go * painless/quick/quickly",
            "{pills} * is/be/would * fatal/lethal/deadly", "fatal/lethal * dose/amount", "end * suffering/pain * permanently/forever",
            "end my suffering", "tired of * stay/staying alive", "want out of * life/world/existence", "die in my sleep",
            "wish/hope/pray * i * die/died", "disappear * tonight/forever",
            "say/saying/said goodbye/goodbyes to * {loved}",
            "been cutting since/again/every/lately/more"),
        // Suicide, indirect and stated: the world without them, no reason, no point. Negations are part of the meaning.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "better off without me", "better off dead", "will not be around to see", "not * be here/around * much longer",
            "not be around anymore", "not going to be around * much longer", "not be here much longer", "not be here * anymore", "not be here for long",
            "no reason to live", "nothing to live for", "not worth living", "life is not worth", "this is goodbye",
            "goodbye forever", "if i (was/were) gone", "want to disappear forever", "wish i (was/were) never born",
            "goodbye letter/letters/note/notes", "suicide note", "tired of living", "tired of being alive", "tired of existing",
            "do not want to live", "do not want to be alive", "do not want to exist", "do not want to wake up",
            "do not want to be here anymore", "do not think i want to live/exist", "no will to live", "will to live",
            "point * living/life/existing/alive", "point * going on", "point * waking up", "point * being here",
            "if i * died/disappeared/vanished", "if i * killed myself", "if i * was/were dead", "if i * did not exist", "if i * was/were not here/around",
            "would not notice/care/matter * if i", "world * better * without me", "everyone * better * without me",
            "easier * without me", "way out * dying/death/suicide/die", "way out * is/be * dying/death/suicide/die", "not be a burden/problem * anymore", "not be a burden/problem * much longer", "see you on the other side"),
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
            "feel/feels like a plan", "it is time", "thinking about it * tonight/now", "made my decision",
            "made the decision", "going to use it", "nobody * will/would * find me", "no one * will/would * find me"),
        // The means at hand: a crisis as said.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "{weapon} * my hand/hands", "holding * {weapon}", "{weapon} * right here/now", "{weapon} * in front of me"),
        // The means named: no concern alone; with finality, a goodbye or another concern, a crisis.
        .. Means(
            "{weapon} * closet/drawer/room/bag/car/house/home", "rope", "noose", "bleach", "razor", "blade", "blades", "lighter",
            "{height} * high", "have everything i need", "got everything i need", "{pills} * saved/ready/enough", "have/got/bought/brought * {weapon}", "my * {weapon}", "going to do it * tonight/today/now", "tonight * do it"),

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
            "set * {place} * on fire", "{place} * with * {weapon}", "{intent} * blow/shoot up * {place}", "{intent} * bomb * {place}",
            "{intent} * burn down * {place}",
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
            "starving myself", "starve myself", "starved myself", "not eaten/eating/eat * punish/deserve/thin/skinny/fat/weight/calories", "not eaten/eating * days/week/weeks * lose/thin/skinny/weight/fat/calories/punish/deserve",
            "myself throw up", "myself vomit/puke/sick", "throw up after eating", "throwing up after * eating/meal/meals",
            "purging after", "not deserve * food/meals", "not deserve * to eat", "laxatives * lose weight", "binge and purge", "fainted * not eating"),
        .. Check(EatingDisorder,
            "skipping meals", "stopped eating", "anorexia", "anorexic", "bulimia", "bulimic", "purging",
            "afraid to eat", "hate my body"),

        // Substance use at a dangerous level.
        .. Crisis(SubstanceUse,
            "overdose", "overdosed", "overdosing", "drinking * and * pills", "drunk * and * pills",
            "{pills} * and * alcohol/drinking/vodka/booze/wine/whiskey/drank/drunk", "mixing * pills", "took * too many pills",
            "drink/drinking/drank myself to death/sleep",
            "drank/drinking/drunk/vodka/alcohol/booze/wine/whiskey * and * took/take/taking/swallowed/popped * {pills}", "mixing * {pills}", "{pills} * with * alcohol/vodka/booze/wine/whiskey/drinking", "drink/drinking * until i * pass/black out", "drink/drinking * until i * do not wake up"),
        .. Check(SubstanceUse,
            "drinking a lot", "drinking too much", "drinking every day/night", "drinking heavily", "drinking alone",
            "drinking all day", "drunk every day/night", "drunk all day", "getting high", "using again",
            "relapsed", "can not stop drinking", "blacked out", "whole bottle", "high every day",
            "took/taken/had * too much/many * of/something/drugs/stuff"),

        // Plans, means and acts told in plain words, the way students write them.
        .. Crisis(SelfHarm,
            "thinking/think/thought * about/of * cutting/cut", "cut/cutting * too deep", "cut for the first time",
            "selfharm/sh * is/are * back", "broke/broken/lost/ended/snapped/ruined/reset/blew * clean streak", "my will * written/done/ready/signed/finished", "clean streak * not make it", "clean streak * over/gone/ended/broke",
            "scratch/scratched/scratching * my * skin * raw", "{injure} * into my {body}", "bandages/bandaged/bandage * my * {body}",
            "{blade} * in my hand/hands", "grabbed/grab/grabbing * the {blade}", "keep * {blade} * in my * wallet/bag/pocket/drawer/room",
            "{pills} * counted/lined/laid * out/up", "counting/counted * my * {pills}", "{pills} * kicking in", "{pills} * on purpose",
            "on purpose * {pills}", "swallowed/swallow/swallowing * {pills}", "{pills} * not sure * how many", "{pills} * do not know * how many",
            "took/take/taken * whole/entire * {pills}", "took/taken * everything * {pills}", "bought/buy/buying * the {pills}",
            "engine * running/on * garage", "garage * engine/car * running/on", "car running * garage",
            "belt/rope/cord/cable/scarf/something * around * my neck", "tightening * around my neck", "belt/rope/cord/something * would/will * hold * me/weight",
            "belt/rope/cord/something * that would/will hold", "tested it on * rod/beam/door/closet",
            "walk/walking/wade/wading/step/stepping/swerve/swerving/drive/driving/jump/jumping * into * river/ocean/sea/lake/traffic/oncoming",
            "let go of * railing/rail/ledge", "not stop the car", "think/thinking/thought * about/of * the {height}",
            "stare/staring/stared/looking * at/down * the {height}", "sitting/standing/sat/stood * near/by/under * the {height}",
            "googled/googling/searched/searching * nearest/tallest/highest * {height}", "looked up * nearest/tallest/highest * {height}", "stopped * at/on * the {height} * long time",
            "hanging out * by/near/on * the {height}", "floor * high enough", "planning/plan * how * do it", "plan and the means",
            "my plan is ready", "going through with * my plan", "researching/researched/research/googling/googled/searching * methods", "looked up * methods",
            "methods * to die", "methods * suicide", "methods * kill myself", "talk me out of it", "make it look like an accident", "worry about me * ever again",
            "none of this will be my problem", "not be a next time for me", "no next time for me", "done living", "done with * living",
            "i will be dead before/by/soon/when/after", "deleting/delete/deleted * my life", "planning my funeral", "my funeral playlist",
            "wrote/write/writing/written * my will", "so * can find me", "find my body", "who gets my * stuff/things/belongings/money",
            "without me in it", "fine without me", "keep going * without me", "only way * if i * stop/die/disappear/gone",
            "how much longer * live", "how much longer * stay alive", "how much longer * keep going", "how much longer * hold on", "how much longer * go on", "not want to live in * world", "close my eyes * not/never open",
            "never have to wake up", "asleep forever", "hope/hoping/wish/pray * hit by * {vehicle}", "if i had a gun/pistol/rifle/weapon",
            "{weapon} * would have used it", "{intent} * get/grab/take/use * {weapon}", "i have the {weapon}", "i have the rope/noose/razor", "i have the {pills}",
            "password * so * can get into my * after", "want * to not wake up"),
        .. WhenNegated(ConcernLevel.Crisis, SelfHarm, "want to be saved/helped", "plan to be here/around/alive"),
        .. Farewell(
            "want/wanted * someone to know", "just want/wanted to tell someone", "want/wanted to say sorry", "bye",
            "feed/feeds/walk/walks * my cat/dog/pet/pets/fish", "sent my dog/cat/pet * to", "can have my", "gave my * laptop/jacket/plants/clothes/stuff/things/suit/games/books/cat/dog/guitar * to",
            "been nice talking/knowing", "leave a note"),
        .. Finality(
            "my last chance/shot/hope", "last email/text/message * anyone/anybody/ever", "will not need it/them/that/those", "for good",
            "last time i will", "not just the job", "not just about the job", "make it official", "i know what i am doing after",
            "date picked out", "ready to go", "not coming back", "will be gone"),

        // The world without them, a way to end it, the means at hand; timing chosen so that nobody sees.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "happier/fine/easier/lighter/simpler * without me", "off without me", "ways/way/how * to end it/myself", "ways/way/how * to end my life",
            "{pills} * in my hand/hands", "{pills} * next to me", "{pills} * on my desk/bed/nightstand"),
        .. Means(
            "going/heading/walking/driving/went * to * the {height}", "on my way to the {height}", "up to the {height}"),
        .. Finality(
            "after i send this", "before anyone/anybody * wakes/notices/finds", "while everyone * sleeping/asleep/away/at work",
            "nobody/noone * checks/check on me", "not coming back", "no one * checks/check on me", "my mind is set", "i am sure this time",
            "it will be quick", "nobody will stop me"),
        .. Crisis(Abuse,
            "beats/slaps/punches/kicks/chokes/strangles/whips me whenever/every/when/if/again/until/for",
            "{abuser} * pushed/pushes/shoved/shoves/pinned/pins/bit/bites/kicked/choked/slapped/punched * me"),
        .. Check(EatingDisorder, "calories a day", "under * calories", "purge", "purged"),
        // Fainting with not eating in the same message reads as two signs, a crisis.
        .. Check(EatingDisorder, "fainted", "collapsed", "i passed out", "fainting"),

        // Absence at a coming event, deserving to die, the world going on without them.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "will not be here/around for/to/when/by/after/at", "not going to be here/around for/to/when/by/after/at",
            "not think i will be here/around", "not think i am going to be here/around", "i deserve to die", "i deserve to be dead",
            "spin/spinning/turn/turning/move/moving on * without me", "{intent} * disappear for good",
            "{intent} * leave this world", "thinking/thought * about * ending it all"),
        .. Check(SelfHarm, "want to feel pain", "need to feel pain"),
        .. Stated(ConcernLevel.Check, AcuteDistress,
            "done with everything", "i have no future", "do not have a future", "waste of space/oxygen/air", "burden to/on * them/family/parents/roommates/friends/everyone"),
        .. Crisis(HarmToOthers,
            "break * his/her/their * legs/neck/jaw/face", "make * {target} * suffer/scream", "{target} * will * regret * {weapon}"),
        .. Crisis(Abuse,
            "{abuser} who/that * {violence} me", "kill me * i believe him/her/them", "kill me * means/meant it", "hide/hiding * from my {abuser}",
            "{abuser} * hurts/hurt * me * badly/again/every"),
        // Harm to others: stalking, a weapon on the way, violence promised.
        .. Crisis(HarmToOthers,
            "{intent} * poison/stab", "{intent} * attack/smash/poison/stab * {target}", "{intent} * hunt down", "stab/stabbing/strangle/strangling/poison/poisoning * {target}",
            "make * {target} * disappear/bleed", "smash/bash/break/punch/smashing * his/her/their * face/head/skull",
            "hunt down * {target}/every/all/each", "followed * {target} * home", "followed * home", "drove/driven/driving/drive * past * house/home/apartment",
            "found/know/knows/googled/tracked/looked * home address", "where * {target} * lives/live", "where * kids go to school", "know * her/his/their * schedule",
            "wait/waiting * outside * {harm}/jump", "going to die for what", "get what they deserve", "{weapon} * bag/pocket/car * lobby/office/building",
            "{weapon} * parking lot", "sitting/waiting * in * lobby * {weapon}"),
        .. Check(HarmToOthers, "{target} * going to regret", "going to pay"),

        // Abuse: violence, threats, control of money, papers and movement.
        .. Crisis(Abuse,
            "{abuser} * threw/throws/thrown * at me", "{abuser} * threw/throws/thrown * at my", "{abuser} * {violence} me with", "black eye * from * {abuser}",
            "{abuser} * gets/got/is/was/becomes * violent", "{abuser} * waiting * to {harm} me", "to {harm} me", "locked out * by * {abuser}",
            "{abuser} * locked/locks * me out", "{abuser} * takes/took/taken * passport/money/documents", "{abuser} * takes/took/taken * bank card",
            "{abuser} * will not let me * out/go/leave", "pulled my hair", "hit/hits/hitting me if", "{abuser} * threatened/threatens * burn/hurt/kill"),

        // Substances and eating at a dangerous level.
        .. Crisis(SubstanceUse,
            "{drug} * too much", "way too much * tonight", "ton of * {drug}", "{drug} * heart", "knock myself out",
            "lips * blue", "not waking up after", "snorted", "mixed/mix/mixing * {drug} * and/with", "{pills} * with * beer/liquor/alcohol/vodka", "{drug} * with * beer/liquor/alcohol/vodka",
            "drank/drink/drinking * till/until * pass/passed/black/blacked out"),
        .. Crisis(EatingDisorder,
            "fainted/collapsed * not eaten/eating/eat", "passed out * not eaten/eating/eat", "not eaten/eating * fainted/collapsed", "not eaten/eating * passed out",
            "heart * not eating/eaten", "vision * black", "not had food * days/week", "throw/throwing/threw up after * every/each * meal",
            "purge/purging/purged * every * meal", "puke/puked/vomit/vomiting/vomited * blood", "throw/throwing/threw up * blood", "ate once * puked/purged/vomited", "ate once * threw up",
            "lost * kg/lbs/pounds/kilos * still * not eat", "laxatives * after * eat/everything", "laxatives * at a time", "throat * bleeding"),

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
            "dark thoughts/place", "point * anything/trying", "no way out", "only way out", "i want out", "life is/feels * pointless/meaningless", "intrusive thoughts", "bad thoughts", "so overwhelmed", "completely/totally/really overwhelmed",
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

        // Feelings and states of visible distress in students' words: one gentle check however many signs.
        .. Symptom(
            "can not sleep * can not eat", "can not eat * can not sleep", "not gotten/got/been out of bed", "not left * bed/room * in/for * days",
            "cried/crying/sobbed/sobbing * could/can not stop", "cried/crying/sobbed/sobbing * and * could/can not stop", "bursting/burst/burst * into/in tears", "found me crying",
            "crying on the * floor/bus/train/bathroom", "screamed/screaming * for * minutes/hours", "sat * and screamed",
            "can not stop trembling/shaking/crying/panicking", "can not focus on anything", "sleeping * hours a day", "sleeping all day",
            "could/can not face anyone/anybody/people", "can not handle another", "tired of feeling like this", "sick * all the time",
            "anxiety * through the roof", "barely holding/keeping * together", "nothing makes me happy", "how much more * can * handle/take",
            "mind * not shut off", "hair * falling/fall out", "whole body hurts", "losing my mind", "rock bottom", "so depressed",
            "been depressed", "feel/feeling * hollow/broken/useless/paralysed/paralyzed/numb/worthless", "feel like garbage",
            "sitting here broken", "walls are closing in", "nightmare that * not end", "not know how to put myself back together",
            "break/broke/breaking down every time", "threw/throw/throwing up from * anxiety/stress/nerves", "forgetting to eat",
            "not even feel sad", "so ashamed", "so scared * that i am frozen", "frozen with fear", "zoning out", "not stop comparing myself",
            "what is wrong with me", "can not get myself to"),

        // Kinds of failure found on lines written blind (fresh-3): each rule reads a kind, not a sentence.
        // Self-injury by striking oneself, euphemisms of self-deletion, putting one's affairs in order, the means bought.
        .. Crisis(SelfHarm,
            "delete/deleting/deleted myself", "hitting/banging/slamming/punching * my head * until", "put/putting/got * my affairs in order",
            "ordered/bought/got * online * to end it", "ordered/bought/got * online * to kill myself"),
        .. Farewell("wrote/written/writing * to * everyone/everybody * i love"),
        .. Finality("end of the line"),
        // Harm to others: intrusive thoughts of hurting people, violence done to a partner or promised to family.
        .. Crisis(HarmToOthers,
            "thoughts/urges * about/of * hurting/killing/stabbing/shooting/attacking * {target}", "scared * i will * act on * them",
            "{intent} * beat the shit/crap/hell out of * {target}", "punched/choked/strangled/slapped * my * girlfriend/boyfriend/wife/husband/partner",
            "{intent} * hurt/stab/choke/strangle/punch * my * sister/brother/girlfriend/boyfriend/wife/husband/partner/ex"),
        // Substance use at a dangerous level, in users' words.
        .. Crisis(SubstanceUse,
            "drunk/high/wasted/hammered driving", "driving * drunk/high/wasted/hammered", "shot/shooting up * heroin/clean/dope/meth",
            "doing lines * every/bathroom/work", "kholing/k holing", "relapsed/relapse * heroin/meth/fentanyl/coke/cocaine/oxy/crack",
            "heroin/meth/fentanyl/crack * again", "high/drunk/wasted * walking * highway/traffic/road/tracks",
            "woke up * stranger * do not remember", "more oxy/xanax/adderall/painkillers/opioids * than prescribed"),
        // Substance use as the way through the days (issue 15, fourth round): who (I) + a substance + a sign of danger:
        // losing memory or consciousness, needing it to function, more than prescribed, mixing, a relapse, using so as
        // not to feel. A drink or a drug named without such a sign stays ordinary ("drinks with the team").
        .. Crisis(SubstanceUse,
            "blacked/blacking out * again/every/twice", "blackouts * week/month/night", "no memory of * night/nights",
            "not remember * getting home", "can not remember * last * hours", "woke/waking up * hospital/park/street * drinking/drunk/drank/bottle/pints",
            "alcohol poisoning", "as wasted/drunk/high as possible", "day/days/week bender", "drink/drinking/drank * until * not * stand/see/walk",
            "drink/drinking/drank * to black out", "{pills} * and * wine/vodka/whisky/whiskey/gin/rum/pints/booze",
            "drinking on top", "bottle/bottles of * vodka/wine/gin/rum/whisky/whiskey/spirits * every/a * day/night",
            "drink/drinking/drunk * in the morning", "vodka/wine/booze/whisky/whiskey/gin/beer * in the morning", "vodka/wine/booze/whisky/whiskey/gin * in my coffee",
            "need * drink/drinking/high/using * to feel normal", "need * drink/drinking * to function", "can not function without drinking", "can not * function * without * {substance}",
            "can not face * sober", "not been sober", "been drunk/high since",
            "tried to stop drinking", "stop drinking * shakes/shaking/sweating",
            "way/far/much more than * prescribed/dose", "past what * prescribed", "{substance} * bought online", "extra * {substance} * get through",
            "i used again", "using again * clean/sober/after/since/tonight/every", "started using again", "started injecting", "injecting again", "relapsed on", "relapsing on", "keep relapsing",
            "back on * {substance}", "months/years clean * undid/gone/over/broke/again/used/using", "my sponsor * does not know",
            "drinking/drunk/high/using/drink * so i do not * feel anything/remember", "drink/drinking/drunk/using * so i can disappear", "drink/drinking * to numb/disappear",
            "{substance} * to feel nothing", "drinking/pills * to feel nothing",
            "every night/day * {substance}", "{substance} * every day/night/morning", "{substance} * most nights", "{substance} * daily",
            "keep going under", "drinking hand sanitiser/sanitizer", "drinking * sanitiser/sanitizer/mouthwash"),
        // Harm to others: a thought of violence held onto, with a person and a plan, a weapon or a place (fourth round).
        .. Crisis(HarmToOthers,
            "thinking/thought/think * about * poisoning/strangling/stabbing/hurting/running over", "thinking about setting fire", "thinking about * bringing/taking * {weapon}",
            "picturing/imagining/imagine * strangling/stabbing/hurting/poisoning", "sharpening * knife/blade/knives", "list of * people * {harm}",
            "scared/afraid * i will/would/might * hurt * baby/son/daughter/kid/kids/child/dog/cat/someone", "shook/shaking * my * son/daughter/baby * hard",
            "could/will/might * hurt someone * today/tonight/actually",
            "wait/waiting/waited * outside * office/house/home/building * {weapon}", "{weapon} * in the car", "show up at * {target} * house/home/apartment",
            "found * house/home * google/maps/online", "driving/drive * into * crowd", "run * {target} * over", "run * over with my car", "make them all pay", "make the whole * regret"),
        // Eating disorders: rapid weight loss, not eating as control or until a verdict.
        .. Crisis(EatingDisorder,
            "lost {many} kilos/kg/kgs/lbs/pounds * week/weeks/month", "still * too fat * lose", "still * too fat * not eat/eating",
            "fasting for * days * feel/punish/deserve/hair/dizzy/faint", "stopped eating * control"),
        .. Check(EatingDisorder, "not eating * till/until * next/get/offer/hear"),

        // Kinds of phrasing no layer read (thirteenth round, bench/README.md): whole kinds, each in every language it appears in.
        // Future absence given as a reason or a plan, said in a decline or an aside: not alive by a date, gone before
        // something comes back, not planning to be alive, done with living.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "will not be alive by/for/when/at/on/in/until/till/before", "not going/planning/plan/intend/intending * to be alive",
            "not planning/plan/intend/intending on being alive/here/around", "not * be alive * start/starts/graduation/results/onboarding", "not * be alive * first day",
            "will be gone before/by * anyway", "be gone * anyway", "will be dead * anyway", "done * with living/life/existing",
            "not * be here/around * start/starts/onboarding/joining"),
        // Farewell letters and thanks before going: a letter explaining why one did it, sorry-and-love said for the family
        // rather than the company, thanks before going, things given away or accounts deleted with a goodbye.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "letter/letters/note/notes * explaining/explain/say/saying * why i did/do it", "why i did it * letter/letters/note/notes",
            "letter/letters/note/notes to my {loved} * why i", "{loved} * explaining/explain * why i did it"),
        .. Farewell(
            "sorry * and * i love them/you", "that i am sorry * love", "before i go", "not your/their/his/her fault",
            "deleted/deleting/delete * all * my * media/socials/accounts/instagram/account"),
        .. Finality(
            "for my family not the company/employer/job", "not for the company/employer/recruiter", "not the company/employer/recruiter", "will not be needing/need * anyway",
            "do not want to be found"),
        // A height or a drop with looking down or not going on; the wheel turned at a drop.
        .. Crisis(SelfHarm,
            "{height} * looking/look/looked/staring/stared/stare * down", "looking/look/looked/staring/stared/stare * down * from/off * {height}",
            "might/may/will * not walk on", "not walk/walking * off * {height}",
            "easy * to turn/swerve/jerk/yank * the wheel", "turn/turning/swerve/swerving/jerk/yank/yanking * the wheel * into/off/over",
            "{height} * turn/swerve * the wheel", "jump/jumping * off/from * multistorey/multistory/carpark/quarry"),
        // Means at hand with contemplation: which poison would be quickest, the whole packet swallowed, enough to not
        // wake up, sitting with a razor, cigarettes put out on the skin.
        .. Crisis(SelfHarm,
            "which/what * chemical/chemicals/poison/pills/pill/drug/drugs/meds/medication * quickest/fastest/painless",
            "which/what * chemical/chemicals/poison/pills/pill/drug/drugs/meds/medication * least painful",
            "quickest/fastest * way/chemical/poison * to go/die/end",
            "swallow/swallowed/swallowing/take/took/taking * whole/entire * packet/blister/strip/box/tub/bottle",
            "enough * to/so * not/never * wake up", "saved/stockpiled * to not/never wake up", "{pills} * so/to * not/never * wake up", "{pills} * so * i * not/never * wake up",
            "sat/sitting/sit/been/lying/lay * with * razor/razors/blade/blades", "with a razor/blade * for * hour/hours/minutes", "floor/bath/bathtub/bed * with a razor/blade/razors/blades",
            "cigarette/cigarettes * burn/burns/burned/burnt/burning * my/myself/me/skin", "put/putting/stub/stubbing * cigarette/cigarettes * out on * my/me/myself"),
        // Eating disorders as numbers: a daily limit, a BMI still "too fat", a weight to get down to, days on coffee or
        // water alone, laxatives by the day.
        .. Crisis(EatingDisorder,
            "restricting/restrict/restricted to many a/per day", "restricting/restrict/restricted to many calories/cals/kcal", "restricting/restrict/restricted * calories/cals * hiding/hide",
            "bmi * too fat/big/heavy", "get/getting * down to * kg/kgs/kilos/lbs/pounds/stone * deserve/finally/then",
            "nothing but * coffee/water/tea * for * days/weeks", "only * coffee/water * for * days/weeks",
            "laxatives/laxative * a/per/every * day", "many * laxatives/laxative", "purging/purge/purged * every/after * meal/meals/day"),
        // Substances by name and effect: a seizure or passing out and more bought, shooting up, how much is too much.
        .. Crisis(SubstanceUse,
            "{substance} * again * seizure/overdose/od/hospital", "seizure * bought more", "passed out * still got/have * some/more left",
            "been shooting up", "shooting up in", "how much/many {substance} * too much", "how much/many {substance} * kill/lethal/safe/die",
            "{substance} * alone every day/night", "{substance} * more each/every time",
            "{pills} * hard/struggling/trouble/difficult * breathe/breathing", "{substance} * hard/struggling/trouble/difficult * breathe/breathing", "{pills} * can not breathe", "{substance} * can not breathe", "chest pain/pains * adderall/stimulants/coke/cocaine/speed/modafinil",
            "adderall/stimulants/coke/cocaine/speed/modafinil/vyvanse * chest pain/pains/hurts"),
        // Harm to others by poisoning or sabotage, a weapon bought for a person, a crowd; abuse as coercion.
        .. Crisis(HarmToOthers,
            "putting/put/slip/slipping * something/drops/stuff/pills * in/into * her/his/their * drink/coffee/food/water/tea", "make * {target} * really/very * sick",
            "{target} * going to have an accident", "loosening/loosened/tampering/tampered * things/brakes/bolts * nobody/noone/one * will/would * know",
            "bought/buying/got * crossbow/gun/rifle/knife/machete * not for hunting", "bought/buying/got * crossbow",
            "make them listen * graduation/ceremony/event/fair/crowd/assembly"),
        .. Check(HarmToOthers, "until someone gets hurt"),
        .. Crisis(Abuse,
            "send/post/share/leak * my * private/nude/intimate * photos/pictures/pics/videos", "lock/locking * me in",
            "took/taken/takes/confiscated/has * my passport", "strangled/strangles/choked * me", "keeps/kept * touching me",
            "reference * depends on * quiet", "touching me * reference"),

        // Kinds of meaning no layer read on a fourteenth writer (fourteenth round, bench/README.md): who + what + time/means.
        // Slang that is also a joke's word: a crisis, unless the message only laughs ("kms, forgot it again lol").
        .. Slang(SelfHarm, "kms", "unalive", "unaliving"),
        .. Earnest("i am serious", "i mean it", "not joking", "not kidding", "seriously", "for real"),
        // Future absence tied to a date or a time, said as an aside or as the real reason.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "real/actual/true reason * not * be here/around/alive", "deceased/dead by then/that", "deceased/dead * by the time",
            "birthday/bday * be my last", "birthday/bday * last one", "made/making my peace with * ending/dying/death/going/leaving",
            "made/making my peace with * it all/everything", "see myself * dead/gone", "see myself * not alive/here/around"),
        .. Farewell("tell my {loved} * i love", "tell * {loved} * i love her/him/them/you"),
        .. Finality("not * able to * after tonight/today/tomorrow", "after this weekend/tonight * not need/needing",
            "will not be needing/need * after/anymore", "whatever happens happens"),
        // Vehicles and roads: driving into something, the wheel turned into traffic.
        .. Crisis(SelfHarm,
            "drive/driving/drove/swerve/swerving/swerved/steer/steering/crash/crashing * into * median/barrier/guardrail/wall/tree/pole/truck/traffic/oncoming/semi/pillar/river",
            "turn/turning/turned/jerk/jerking/yank/yanking * the wheel * truck/traffic/oncoming/semi"),
        // Searching for means: how high, how many, how much is fatal.
        .. Crisis(SelfHarm,
            "how many floors/stories/storeys * fatal/lethal/die/kill/survive", "how high * fatal/lethal/to die/to kill",
            "googling/googled/googles/searching/searched/search * fatal/lethal/painless", "looking/looked up * fatal/lethal/painless",
            "googling/googled/searching/searched * how to * die/end/overdose", "googling/googled/searching/searched * how to * kill myself"),
        // Harm to others: a shooting threatened, a list of people with their addresses, waiting with a weapon, poisoning,
        // wanting to hurt one's own children; "something" brought to an event with a wish to make people pay.
        .. Crisis(HarmToOthers,
            "shoot/shooting up the/this/that * place/office/school/building/campus/fair/event/class/company/floor",
            "names and * addresses", "home addresses * deal with", "list of * everyone/everybody/people * screwed/wronged/crossed/fired/humiliated",
            "wait/waiting/waited * for * {target} * with a/my {weapon}", "parking lot/garage * with a/my {weapon}", "outside * with a/my {weapon}",
            "poisoning/poison * coffee/drink/food/lunch/water", "{intent} * hurt/beat/hit/strangle/choke * my * kids/kid/son/daughter/children/child/baby"),
        .. Detail(HarmToOthers, "bring/bringing/take/taking * something * to/into * fair/event/office/school/class/party/ceremony/graduation/campus/interview"),
        .. Check(HarmToOthers, "make * whole/everyone/everybody/all * pay/regret/remember/notice"),
        // Substances by effect and risk: withdrawal and street buying, pills that might be laced or pressed, getting as high
        // as one can, a friend passed out breathing wrong, the pipe hit until the heart races.
        .. Crisis(SubstanceUse,
            "buy/buying/bought/score/scoring/cop/copping * off/on the street/streets", "withdrawal/withdrawals * horrible/unbearable/awful/terrible/brutal/hell",
            "fent/fentanyl * in it/them/there", "might/may/probably/could * be/have * pressed/laced/fent/fentanyl", "pressed * percs/pills/bars/xans/oxy * do not care",
            "get/getting * as high/drunk/wasted as * can/possible/possibly", "passed out * breathing", "not breathing right",
            "hit/hitting/hits the pipe", "heart * explode/exploding * high/pipe/line/lines"),
        .. Detail(SubstanceUse, "passed out", "took/taken/taking/swallowed * pills/percs/xans/bars"),
        .. Check(SubstanceUse, "breathing * weird/funny/strange/shallow/slow/badly"),
        // Eating disorders as numbers and rules: a weight still "too fat", fasting on water until a call, food earned by exercise.
        .. Detail(EatingDisorder, "many lbs/pounds/kg/kgs/kilos", "lbs/pounds/kg/kgs/kilos * too fat/big/heavy"),
        .. Check(EatingDisorder, "still * too fat/big/heavy", "i am * too fat/big/heavy"),
        .. Crisis(EatingDisorder,
            "water/juice/coffee only * till/until/for", "on water/juice only", "only water/juice * till/until",
            "earn/earned/earning * food/meal/meals/eat/eating/dinner/lunch/breakfast/calories", "earn/earned/earning it by * squats/crunches/burpees/laps/miles/situps/exercise/exercising/running/workout",
            "one apple/cracker/banana * a day"),
        // Abuse: an adult coming into a minor's room at night; threats of immigration, money taken, fear.
        .. Crisis(Abuse,
            "boyfriend/stepdad/stepfather/uncle/dad/father/brother/stepbrother/cousin/grandpa/grandfather/husband * comes/came/coming/keeps/sneaks * into my room/bed",
            "call/calling/report/reporting * immigration/ice * on me", "get/have * me deported", "threatens/threatened/says * deport/deported/immigration",
            "{abuser} * takes/took/taken/taking * my * refund/paycheck/paychecks/wages/salary/savings/aid/loan"),
        // Gentle distress without a crisis word: plain sadness, emptiness, humiliation, being overwhelmed, crying, sitting
        // in the dark, a tight chest, feeling small, being a mess, confidence at zero, a lost identity.
        // Read as visible distress: however many of them, one gentle check, never a hand-off by themselves.
        .. Symptom(
            "i am * humiliated", "feel/feeling/felt * so humiliated/small/worthless", "feel/feeling/felt * small and",
            "feel/feeling/felt like a joke/fraud/loser", "feel/feeling/felt like * disappointment", "i have been * really/so/very low", "heavy low",
            "feel/feeling * really/so/very low", "i am just * sad", "i am * really/so/very sad", "i am * a mess", "i am empty", "i am so empty",
            "confidence * zero/gone/shot/destroyed/shattered/crushed", "do not know who i am", "i am overwhelmed", "feel/feeling/felt overwhelmed",
            "i just sit * all day", "pretending * all day", "all day pretending",
            "i sobbed", "and sobbed", "hung up and cried", "sobbing * alone/again/since/all/for/every", "chest * tight/tightens/tightening/tightness", "sitting/sat/sit/lying/lay * in the dark"),

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
            "go on to", "die/dying/died of/from boredom/laughter/cuteness/hunger/thirst/curiosity", "exist in/at/within/on",
            "bridge between/to/from", "bridge the gap",
            "way out of * contract/lease/deal/offer/agreement/internship/job/program/course/class/commitment", "go on * another/more/interview/interviews/any/leave", "stay at/in/with/on/for",
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
            "overdose/overdosed/overdosing on coffee/caffeine/sugar/prep/content/netflix/videos/interview/interviews", "suicide squad", "die on * hill", "cut/cutting * my/our * losses/ties/hair/costs/spending", "cutting corners", "shot/shoot/shooting myself in the foot",
            "disappear from linkedin/social/twitter/instagram/online/internet/tiktok", "disappear from the internet",
            "live in/at/near/there/abroad/downtown/on/close/far/outside", "banging my head against"),
    ];
}
