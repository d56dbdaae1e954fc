namespace CoachBot.Safety;

public static partial class CrisisReplies
{
    // "Tu", as a coach speaks to a student; no gendered adjectives about the person.
    private static readonly CrisisTexts French = new()
    {
        Language = ReplyLanguage.French,
        CheckPrompt = "Ça fait beaucoup. Je préfère te poser la question : est-ce que ça va ? Si tu as des pensées de te faire du mal, dis-le-moi, et je te donnerai les contacts de personnes que tu peux joindre tout de suite.",
        DistressAcknowledgement = "Je suis vraiment désolé que tu traverses ça.",
        ConfirmSafePrompt = "Ça me fait plaisir d'avoir de tes nouvelles. Avant de revenir à la recherche d'emploi : est-ce que tu es en sécurité en ce moment ?",
        ImOkay = "Ça va, on continue",
        ImSafe = "Je suis en sécurité, on continue",
        NotOkay = "Ça ne va pas",
        NeedHelpNow = "J'ai besoin d'aide maintenant",
        HelpNowCommand = "aide maintenant",
        Resumed = "Merci de me l'avoir dit. Si ça redevient trop lourd, écris « aide maintenant » et je te redonnerai ces numéros.",

        PickUp = "Reprenons là où on en était.",
        StillHere = "Je suis toujours là, et le coaching peut attendre aussi longtemps qu'il le faut.",
        SelfHarmLead = "Merci vraiment de m'en avoir parlé, et je m'inquiète pour toi. Je suis une IA, donc je ne peux pas être le soutien dont tu as besoin en ce moment, mais de vraies personnes le peuvent, tout de suite :",
        SelfHarmClose = "Tu n'as pas à porter ça sans aide. J'ai mis en pause la partie recherche d'emploi et tous les suivis ; ils peuvent attendre. Quand tu le pourras, dis-moi si tu es en sécurité en ce moment.",
        AbuseLead = "Je suis vraiment désolé. Ce qui t'arrive n'est pas de ta faute, et tu mérites d'être en sécurité. Je suis une IA, donc je ne peux pas aider comme une personne le ferait, mais ces personnes le peuvent, tout de suite et en toute confidentialité :",
        AbuseClose = "S'il n'est pas sûr d'appeler, beaucoup de ces lignes répondent aussi par SMS ou par chat. J'ai mis en pause la partie recherche d'emploi et tous les suivis. Je suis là quand tu veux parler.",
        HarmToOthersLead = "On dirait que tu es vraiment en colère, et après un refus, c'est compréhensible. Je ne peux rien faire qui puisse blesser quelqu'un, et je ne t'aiderai pas à écrire quoi que ce soit à ce sujet. S'il te plaît, éloigne-toi de tout ça pour l'instant : pas de messages, pas d'appels, pas de visites. Une colère aussi forte, c'est lourd à porter sans aide, et des personnes peuvent t'aider tout de suite :",
        HarmToOthersClose = "J'ai mis le coaching en pause. Quand tu te sentiras plus calme, je suis là, et on pourra préparer une réponse que tu ne regretteras pas d'avoir envoyée.",
        ResourcesLead = "Voici qui tu peux joindre tout de suite :",
        CounselingFormat = "Ton service d'aide psychologique : {0}",
        EmergencyFormat = "Si ta vie ou celle de quelqu'un d'autre est en danger en ce moment, appelle le {0} (ou le numéro d'urgence local).",
        InterpreterNote = "Quand tu appelles le 988, tu peux demander un interprète en français.",
    };
}
