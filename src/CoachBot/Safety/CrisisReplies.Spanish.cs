namespace CoachBot.Safety;

public static partial class CrisisReplies
{
    // Tú, as students speak to each other; neutral Latin American Spanish, and no gendered adjectives about the person.
    private static readonly CrisisTexts Spanish = new()
    {
        Language = ReplyLanguage.Spanish,
        CheckPrompt = "Parece que es mucho. Te lo pregunto porque prefiero asegurarme: ¿estás bien? Si tienes pensamientos de hacerte daño, dímelo y te paso los contactos de personas con las que puedes hablar ahora mismo.",
        DistressAcknowledgement = "Siento mucho que estés pasando por esto.",
        ConfirmSafePrompt = "Me alegra saber de ti. Antes de volver a la búsqueda de empleo: ¿estás a salvo ahora mismo?",
        ImOkay = "Estoy bien, sigamos",
        ImSafe = "Estoy a salvo, sigamos",
        NotOkay = "No estoy bien",
        NeedHelpNow = "Necesito ayuda ya",
        HelpNowCommand = "ayuda ya",
        Resumed = "Gracias por contármelo. Si las cosas vuelven a ponerse difíciles, escribe \"ayuda ya\" y te vuelvo a dar esos números.",

        PickUp = "Sigamos donde estábamos.",
        StillHere = "Sigo aquí, y el coaching puede esperar todo lo que necesites.",
        SelfHarmLead = "Me alegra mucho que me lo hayas contado, y me preocupas. Soy una IA, así que no puedo darte el apoyo que necesitas ahora, pero hay personas reales que sí pueden, ahora mismo:",
        SelfHarmClose = "No tienes que pasar por esto a solas. He pausado la parte de la búsqueda de empleo y cualquier seguimiento; pueden esperar. Cuando puedas, dime si estás a salvo ahora mismo.",
        AbuseLead = "Lo siento muchísimo. Lo que está pasando no es tu culpa, y mereces estar a salvo. Soy una IA, así que no puedo ayudarte como lo haría una persona, pero estas personas sí pueden, ahora mismo y de forma confidencial:",
        AbuseClose = "Si no es seguro llamar, muchas de estas líneas atienden por mensaje de texto o chat. He pausado la parte de la búsqueda de empleo y cualquier seguimiento. Aquí estoy cuando quieras hablar.",
        HarmToOthersLead = "Parece que sientes mucha rabia, y después de un rechazo es comprensible. No puedo ayudar con nada que pueda hacerle daño a alguien, ni voy a ayudar a escribir nada sobre eso. Por favor, aléjate de esto por ahora: nada de mensajes, llamadas ni visitas. Una rabia tan fuerte pesa mucho para cargarla a solas, y hay personas que pueden ayudarte con ella ahora mismo:",
        HarmToOthersClose = "He pausado el coaching. Cuando sientas más calma, aquí estoy, y podemos preparar una respuesta que te alegre haber enviado.",
        ResourcesLead = "Estas son las personas con las que puedes hablar ahora mismo:",
        CounselingFormat = "Tu servicio de apoyo psicológico: {0}",
        EmergencyFormat = "Si tú u otra persona están en peligro ahora mismo, llama al {0} (o a tu número local de emergencias).",
        UsLines = CrisisResource.UsDefaultsInSpanish,
    };
}
