using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== French (apostrophes vanish when folded: "n'en" = "nen", "m'a" = "ma") =====

    private static readonly LexiconEntry[] French =
    [
        // Kinds of phrasing no layer read (thirteenth round, bench/README.md): future absence as a reason, farewell letters,
        // a drop looked down at, means at hand, eating disorders as numbers, substances with their effect, coercion at home.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "plus linteret de vivre", "aucun interet de vivre", "je me tue si", "sinon je me tue", "fait une tentative",
            "je sais combien il en faut", "avale/pris * plaquette/boite/boites * xanax/lexomil/somniferes/cachets/doliprane/lysanxia",
            "toutes les boites de"),
        .. Farewell("pas leur/ta/votre faute"),
        .. Finality("pour ma famille pas pour lentreprise", "pas pour lentreprise"),
        // Fourteenth round, by kind (issue 15): eating disorders as days, kilos and calories; future absence given as a
        // reason; burning and cutting oneself; vehicles, tracks and heights; a weapon bought and an address found; pills
        // with alcohol, stimulants with what they do; a will written and goodbyes said.
        .. Crisis(EatingDisorder,
            "jours sans manger * kilos/grosse/gros/malaise/vertiges", "{many} calories par jour", "encore trop grosse/gros",
            "me trouve encore grosse/gros", "me sens encore grosse/gros", "je veux encore perdre", "peur de manger", "je mange et je vomis",
            "vomis apres * repas/manger"),
        .. Stated(ConcernLevel.Crisis, SelfHarm, "ne serai plus en vie", "serai plus en vie", "serai plus de ce monde", "ne serai plus de ce monde"),
        .. Crisis(SelfHarm,
            "me brule/brulee/bruler * cigarette/clope/briquet", "brule avec * cigarette/clope", "me coupe/couper/coupais/couper * les bras",
            "foncer/fonce/rentrer * dans un mur * voiture", "foncer/fonce/rentrer * dans un mur * cest decide", "jeter * sous * camion/train/metro/voiture/bus",
            "sur les rails * demain/ce soir", "mourir sans souffrir", "mourir sans douleur", "ecrit mon testament * adieu", "dit adieu a ma famille/mere", "dit adieu a mes parents"),
        .. Crisis(HarmToOthers,
            "achete un couteau/flingue", "achete une arme", "trouve son adresse * couteau/flingue/arme",
            "sais ou il/elle habite * couteau/flingue/arme"),
        .. Crisis(SubstanceUse,
            "somniferes/cachets pour dormir * alcool/vodka/whisky/vin/rhum/biere * respirer", "tiens quau speed", "tiens que au speed", "speed * vois des trucs/choses",
            "vois des trucs/choses bouger", "speed/amphet/amphets/cocaine/coke * mal au coeur/torse/poitrine"),
        .. Crisis(SubstanceUse, "xanax/lexomil/somniferes/cachets/lysanxia * avec * vodka/alcool/whisky/vin/rhum/biere"),
        .. Crisis(Abuse, "il me tue si", "quil me tue si", "confisque * passeport", "pris mon passeport"),
        // Wanting to die, not wanting to live, no reason to.
        .. Crisis(SelfHarm,
            "veux mourir", "voudrais mourir", "aimerais mourir", "envie de mourir", "envie de crever", "veux crever",
            "prefere mourir", "prefererais mourir", "prefererais etre mort/morte", "aimerais etre mort/morte",
            "voudrais etre mort/morte", "mieux vaut mourir", "pense a mourir", "pense a la mort tout le temps",
            "plus envie de vivre", "pas envie de vivre", "veux plus vivre", "veux pas vivre", "plus la force de vivre",
            "marre de vivre", "fatigue/fatiguee de vivre", "aucune raison de vivre", "plus de raison de vivre",
            "pas de raison de vivre", "vie na plus de sens", "vie na aucun sens", "vie na pas de sens", "vivre na plus de sens",
            "vivre na aucun sens", "sert a rien de vivre", "sert a rien que je vive", "vie ne vaut pas la peine",
            "vie ne vaut plus rien", "plus envie dexister", "veux plus exister", "arreter dexister", "cesser dexister",
            "envie de disparaitre", "veux disparaitre", "voudrais disparaitre", "disparaitre pour toujours",
            "disparaitre a jamais", "plus me reveiller", "jamais me reveiller", "pas me reveiller", "dormir pour toujours",
            "mendormir pour toujours", "dormir et ne * reveiller"),
        // Suicide and ending it all.
        .. Crisis(SelfHarm,
            "me suicider", "suicide", "suicidaire", "me tuer", "me foutre en lair", "veux en finir", "vais en finir", "envie den finir",
            "si je nexistais pas", "jamais naitre", "pas etre ne/nee",
            "en finir avec la vie", "en finir avec tout", "en finir une bonne fois", "tout arreter pour de bon",
            "mettre fin a mes jours", "mettre fin a ma vie", "mettre fin a tout", "mieux sans moi", "seraient mieux sans moi",
            "serez mieux sans moi"),
        // A farewell.
        .. Crisis(SelfHarm,
            "mon dernier message", "adieu", "adieu a tous", "adieu pour toujours", "lettre dadieu", "quand vous lirez ce message",
            "quand tu liras ce message", "je vous dis adieu", "pardonnez moi pour ce que je vais faire"),
        // Plans and means.
        .. Crisis(SelfHarm,
            "sauter du/dun/de/depuis * pont/toit/immeuble/balcon/fenetre/falaise", "me jeter du/dun/de/sous/par * pont/toit/immeuble/balcon/fenetre/train/metro",
            "suis sur le * toit/pont/rebord", "avaler * cachets/medicaments/comprimes/pilules/medocs/boite", "avale * cachets/medicaments/comprimes/pilules/medocs/boite", "toute la boite de",
            "pris tous * cachets/medicaments/comprimes/pilules", "prendre tous * cachets/medicaments/comprimes/pilules",
            "boite de * cachets/medicaments/comprimes", "stocke * cachets/medicaments/comprimes",
            "surdose", "acheter une corde", "achete une corde", "me pendre", "vais me pendre", "la corde au cou",
            "me faire du mal", "me scarifier", "me suis scarifie/scarifiee", "me suis mutile/mutilee", "me suis fait du mal", "scarification", "scarifications", "me mutiler", "automutilation",
            "me couper les veines", "me taillader", "mouvrir les veines", "me coupe encore", "me coupe/couper les bras/poignets/cuisses/veines", "recommence a me couper",
            "me bruler", "mempoisonner"),
        .. Crisis(AcuteDistress,
            "jen/nen peux plus", "jen/nen peux plus de vivre", "tiens plus le coup", "peux plus continuer", "plus la force de continuer",
            "supporte plus rien"),
        .. Check(AcuteDistress,
            "sans espoir", "je me deteste", "je me hais", "suis un fardeau", "plus aucun espoir", "suis a bout",
            "je craque", "me sens vide", "merci pour tout", "arrive plus a respirer", "arrete pas de trembler", "arrive pas a arreter de pleurer", "personne ne me regretterait", "va pas bien du tout"),
        // Harm to others.
        .. Crisis(HarmToOthers,
            "vais/veux/voudrais * tuer/buter/flinguer/poignarder/tabasser/frapper/cogner * {cible}", "{cible} tuer/buter/flinguer/poignarder/tabasser/frapper/cogner", "mettre le feu * bureau/bureaux/entreprise/boite",
            "amener/apporter/ramener * arme/flingue/couteau/pistolet * bureau/entretien/boulot/travail/taf/entreprise",
            "sais ou * habite", "veux * voir mort/morte/morts", "tirer sur * {cible}"),
        // Abuse at home.
        .. Crisis(Abuse,
            "{agresseur} * me/ma {violence_fr}", "{agresseur} * ma encore/deja/souvent/toujours {violence_fr}", "violence conjugale", "violences conjugales",
            "violence familiale", "violences familiales", "pas en securite chez moi", "menace de me tuer", "menace de me frapper",
            "abuse de moi", "se fait frapper par", "me fais frapper par", "me fais battre"),
        .. Check(Abuse, "peur de rentrer chez moi", "peur de mon {agresseur}", "peur de ma {agresseur}"),
        // Negated intent: a gentle check.
        .. FigureOfSpeech(SelfHarm,
            "veux pas mourir", "vais pas me tuer", "vais pas me suicider", "me tuerais jamais", "me suiciderais jamais",
            "vais pas me faire de mal", "me ferais jamais de mal", "pas envie de mourir"),
        .. FigureOfSpeech(AcuteDistress, "va me tuer", "me tue", "mourir de honte", "meurs de honte", "mort de honte"),
        .. NotAConcern(
            "mort/morte/morts de rire", "meurs de faim/rire/envie/froid/chaud", "mourir de rire/faim",
            "tape sur les nerfs", "adieu les/la/le/mes/mon/ma/aux", "tuer le temps", "me couper les cheveux", "me suis coupe les cheveux", "crever de faim/chaud"),
        // Second pass, by concept: a life without meaning, going on living for nothing, pills set aside, cutting
        // oneself in its local words, throwing oneself under a train, messages for the family, a weapon or a
        // stabbing aimed at the people of the job hunt.
        .. Crisis(SelfHarm,
            "vie a/na aucun sens", "vie a/na plus de sens", "vie a/na pas de sens", "vie a/na plus aucun sens", "vie ne sert a rien", "a quoi bon * vivre", "a quoi bon vivre",
            "plus envie de continuer a vivre", "mis de cote * medocs/medicaments/cachets/comprimes",
            "je les prends tous/toutes", "prendre tous mes/les medocs/medicaments/cachets/comprimes", "boite/boites de medocs/medicaments/cachets",
            "scarifie/scarifiee/scarifier/scarifiais/scarification/scarifications", "me scarifie", "taillade/tailladee/tailladees/taillader/tailladais",
            "me fais du mal", "me suis fait du mal", "me coupe/coupais les bras/veines/poignets", "me suis coupe/coupee les bras/veines/poignets",
            "avec une lame", "si je mourais", "si jetais mort/morte", "si je disparaissais", "sauter par/de/du/dun * fenetre/pont/toit/balcon/immeuble", "me jeter sous * rer/metro/train/voiture/camion/tram", "me jeter du/dun/de/par * pont/toit/fenetre/balcon/immeuble",
            "dites * que je * aimais", "que je les aimais", "que je laimais"),
        .. Crisis(HarmToOthers,
            "un flingue", "flinguer", "vais/veux * le/la/les planter", "et/puis le/la/les planter", "poignarder", "apporte/japporte/japporterai/apporter/ramene/jamene/ramener/prends * couteau/flingue/arme/fusil * entretien/lentretien/bureau/boulot/taf",
            "avec un/une couteau/flingue/fusil/arme"),
        .. Check(AcuteDistress,
            "arrete/jarrete/arrive/jarrive pas/plus de pleurer", "je chiale", "pleure * en boucle", "crise dangoisse/dangoisses", "crise de panique/nerfs",
            "arrive/jarrive/jarrivais/arrivais plus/pas a manger/dormir/respirer", "je tremble", "coeur bat trop/tres vite",
            "je me sens nul/nulle/inutile", "une merde totale", "sors plus de ma chambre/mon lit"),
    ];
}
