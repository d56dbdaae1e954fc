namespace CoachBot.Safety.Concepts;

internal static partial class ConceptLexicon
{
    /// <summary>French, with chat spellings (jsp, chui, jveux, g, pk) and elisions folded (j'ai = jai, m'en = men).</summary>
    private const string French = """
        self: je, j, jai, me, m, moi, mon, ma, mes, moi-meme, moi meme, chui, jsuis, jveux, jme, men, mon corps
        others: tout le monde, personne, quelqu'un, quelquun, ils, elles, eux, les gens, les autres, lui, leur
        family: mere, maman, pere, papa, parents, frere*, soeur*, famille*, grand-mere, grand mere, grand-pere, oncle, tante, beau-pere, belle-mere, darons, daron, daronne
        partner: copain, copine, mari, femme, conjoint*, mec, meuf, fiance*, mon ex
        want: veux, veut, voulais, voudrais, vouloir, envie, souhait*, jveux, j'aimerais, jaimerais, prefere*, pense a, pense au, penser a, je vais, jvais, besoin
        not: ne, nai, nest, nen, pas, plus, rien, sans, aucun*, jamais, personne
        never: jamais, plus jamais, ne plus, n'en plus, nen plus
        death: mour*, mort, morte, morts, meur*, deces, tombe, funerailles, enterrement, crever, creve
        suicide: suicid*, me tuer, me suicider, mettre fin a mes jours, mettre fin a ma vie, en finir, me foutre en l'air, me foutre en lair, me flinguer
        kill: tuer*, tue, tues, tuee, tuerai*, tuerais, tuerai, buter, bute, massacr*, assassin*, poignard*, planter, le planter, etrangl*, egorg*, defoncer, explose la tete, exploser la tete, fracass*, carnage, foncer sur, foncer en voiture, le crane
        live: vivre, vie, vis, vivant, vivante, exister, existe, continuer, tenir, rester, me reveiller, reveiller, survivre
        end: finir, fin, fini, finie, en finir, arreter, arrete, terminer, termine, que ca s'arrete, que ca sarrete, tout ca, mettre fin
        disappear: dispara*, disparu*, ne plus exister, plus exister, m'effacer, meffacer, ne plus etre la, plus etre la, m'evaporer, mevaporer, ne pas me reveiller, pas me reveiller, serai plus, serais plus
        sleep: dormir, dors, endormir, m'endormir, mendormir, reveil*, ne plus me reveiller
        forever: pour toujours, a jamais, definitivement, eternel*
        goodbye: adieu, au revoir, pardonnez-moi, pardonnez moi, pardon, desole pour tout, merci pour tout, prenez soin, je vous aime, dites a, ciao, dernier message, occupez-vous, occupez vous, prenez soin de, mon chat, mon chien
        last: dernier, derniere, derniere fois, dernier message, pour la derniere fois
        pills: cachet*, pilule*, comprime*, medicament*, medocs, overdose, surdose, poison, empoisonn*, doliprane, somnifere*, anxiolytique*, javel, cachets, plaquette, xanax, j'en ai pris, jen ai pris, plus que prescrit, benzo*
        height: toit, pont, balcon, fenetre, immeuble, etage, falaise, rails, train, metro, voie, voies, terrasse, rebord, haut de, renvers*, rer, quai
        jump: saut*, me jeter, jeter, tomber, me lancer, sous le train, sous un train
        blade: couteau*, lame*, rasoir*, cutter, ciseaux, verre
        cut: coupure*, couper*, me couper, me coupe, scarif*, automutil*, me faire du mal, me blesser, cicatri*, me bruler, entaill*, me faire du mal, me fais du mal, taillad*, brule*, briquet, cigarette, me mords, tape la tete, taper la tete
        rope: corde, pendre, pendu, pendaison, me pendre, ceinture, noeud coulant
        gun: arme*, pistolet, flingue, fusil, revolver, tirer, tire, balle*, abattre, barre de fer, batte
        hit: frapp*, bat, battre, battu, gifl*, claque*, coup de poing, coups, cogn*, pouss*, tabass*, ceinture, tire les cheveux, tirer les cheveux, m'a eclate, ma eclate, eclate la, casser la gueule, casse la gueule, casser les jambes, plaque contre, plaquee contre, m'a lance, ma lance
        hurt: mal, faire du mal, bless*, souffr*, abus*, maltrait*, violen*, viol*, attouch*, touche, venge*, payer, paieront, coucher avec, couchais avec, couche avec
        threat: menac*, sinon, me tuer si, va me tuer, me virer de la maison, me mettre a la porte, m'enferme, menferme, m'interdit, minterdit, enferm*, vire de chez moi, virer de chez moi, viree de chez moi, mis a la porte, mise a la porte, personne me croira, personne ne me croira, personne te croira, personne ne te croira, lit mes messages, lit mes mails, fouille mon telephone
        fear: peur, effray*, terrifi*, en danger, pas en securite, cache, cacher
        starve: manger, mange, nourriture, arrete de manger, pas mange, jeune, jeuner, vomi*, purg*, laxatif*, poids, grosse, gros, maigre, calories, crise de boulimie, anorex*, boulim*, sans manger, kilos, a jeun, repas, saute des repas, sauter des repas, maigri*, perdre du poids, evanoui*
        drink: bois, boire, bu, bourre*, alcool*, biere*, vodka, whisky, drogue*, shit, beuh, coke, cocaine, defonce*, rechute, cuite, heroine, came, defonce, bourre, replonge, benzo*, joints, un joint, des joints, ecsta*, mdma, sous speed, extasy, mis une caisse, des races, mis une race, black-out, blackout, saoul*, bouteille*, sniff*, keta, ketamine, proto, protoxyde
        now: maintenant, ce soir, aujourd'hui, aujourdhui, la maintenant, tout de suite, en ce moment, deja, il y a une heure, tout a l'heure
        soon: demain, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, ce week-end, ce weekend, la semaine prochaine, bientot
        plan: plan*, methode, lettre, mot, decid*, pret, prete, prepare*, achete*, compte*, stock*, economise*, rassemble*, j'ai tout, jai tout, combien, dose, donne mes, mes affaires, testament, je sais comment, sais comment, choisir le jour, regarde comment, cherche comment, comment faire, mots de passe, dettes, donne mes affaires, j'ai ce qu'il faut, jai ce quil faut, j'ai de quoi, jai de quoi, ou il habite, ou elle habite
        pointless: sans sens, aucun sens, sens, a quoi bon, pourquoi continuer, ne sert a rien, sert a rien, servir a rien, sans espoir, aucun espoir, pas d'issue, pas dissue, sans issue, sans avenir, rien ne compte, aucune raison, raison de, vaut pas la peine, vaut plus la peine, inutile de
        burden: fardeau, poids pour, un poids, mieux sans moi, seraient mieux, serait mieux, mieux sans, personne s'en soucie, tout le monde s'en fout, sen fout, s'en fout, manquer, me manquerait, remarquerait, sans moi, boulet
        cantgoon: n'en peux plus, nen peux plus, en peux plus, peux plus, je tiens plus, tiens plus, craque, craquer, abandonne*, supporter, supporte plus, a bout, au bout, limite, j'en ai marre, jen ai marre, marre de tout, trop
        tired: fatigue*, epuise*, creve, a plat, vide
        cry: pleur*, larmes
        panic: panique, crise d'angoisse, crise dangoisse, angoisse*, anxiete, anxieu*, respirer, tremble*, crise
        worthless: nul, nulle, inutile, rate, ratee, echec, une merde, me deteste, je me hais, bon a rien, bonne a rien, pas assez bien, decevoir, deception
        alone: seul, seule, solitude, personne
        sad: triste*, deprim*, depression, detruit*, effondre*, brise*, vide, au fond du trou, mal, horrible, aneanti*, devaste*
        everything: tout, tout ca, rien
        job: travail, boulot, job, emploi*, poste, entretien*, refus*, rejet*, offre*, entreprise*, boite, recruteu*, rh, candidatur*, cv, lettre de motivation, stage*, alternance, manager, chef, patron, mail, email, retour, feedback, contrat, linkedin, embauch*, test, examen
        laugh: mdr, ptdr, lol, haha*, hihi*, xd, je rigole, rigole, blague, c'est une blague, jplaisante, plaisante
        figure: mort de rire, morte de rire, mort de faim, morte de faim, meurs de faim, meurt de faim, de faim, mourir de, meurs d'envie, meurs denvie, crevee, creve de, faim, sommeil, ennui, honte, chaleur, froid, tue-moi, ca me tue, me tue pas, tuer le temps, tue le temps, j'ai tue, jai tue, gere, j'ai gere, jai gere, mort de honte, morte de honte, a mourir, mortel, tue l'entretien, tue lentretien
        request: comment, peux-tu, peux tu, pourrais-tu, pourrais tu, aide-moi, aide moi, aider, relire, relis, ecrire, rediger, conseil*, que faire, quoi dire, que dire, s'il te plait, stp, svp, question, quel, quelle
        okay: bien, ca va, ok, d'accord, daccord, mieux, espoir, courage, suivant, la prochaine, j'ai appris, tant pis, ca passera, merci, enerve*, frustre*, decu, decue, agace*, vener, saoule
        nosleep: dors plus, pas dormi, arrive pas a dormir, insomnie, sans dormir, pas mange, sans manger, depuis des jours, toute la nuit, depuis hier, toute la journee
        wound: sang, saign*, cicatri*, blessure*, marques, bleus, bleu
        fire: mettre le feu, mets le feu, bruler, brule, essence, briquet, incendi*, mettre le feu a, mis le feu, foutre le feu
        """;
}
