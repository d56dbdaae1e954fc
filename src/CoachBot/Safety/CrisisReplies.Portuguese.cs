namespace CoachBot.Safety;

public static partial class CrisisReplies
{
    // Brazilian Portuguese with "você"; no gendered adjectives about the person.
    private static readonly CrisisTexts Portuguese = new()
    {
        Language = ReplyLanguage.Portuguese,
        CheckPrompt = "Parece que é muita coisa. Prefiro perguntar para ter certeza: você está bem? Se estiver tendo pensamentos de se machucar, me conte, e eu passo os contatos de pessoas com quem você pode falar agora mesmo.",
        DistressAcknowledgement = "Sinto muito que você esteja passando por isso.",
        ConfirmSafePrompt = "Que bom ter notícias suas. Antes de voltarmos à busca de emprego: você está em segurança agora?",
        ImOkay = "Estou bem, vamos continuar",
        ImSafe = "Estou em segurança, vamos continuar",
        NotOkay = "Não estou bem",
        NeedHelpNow = "Preciso de ajuda agora",
        HelpNowCommand = "ajuda agora",
        Resumed = "Agradeço por me contar. Se as coisas ficarem pesadas de novo, escreva \"ajuda agora\" e eu passo esses números outra vez.",

        PickUp = "Vamos continuar de onde paramos.",
        StillHere = "Continuo aqui, e o coaching pode esperar o tempo que você precisar.",
        SelfHarmLead = "Que bom que você me contou, e eu me preocupo com você. Sou uma IA, então não posso ser o apoio de que você precisa agora, mas pessoas de verdade podem, imediatamente:",
        SelfHarmClose = "Você não precisa passar por isso sem apoio. Pausei a parte da busca de emprego e qualquer acompanhamento; isso pode esperar. Quando puder, me diga se você está em segurança agora.",
        AbuseLead = "Sinto muito. O que está acontecendo não é culpa sua, e você merece estar em segurança. Sou uma IA, então não posso ajudar como uma pessoa, mas estas pessoas podem, imediatamente e com sigilo:",
        AbuseClose = "Se não for seguro ligar, muitas dessas linhas atendem por mensagem de texto ou chat. Pausei a parte da busca de emprego e qualquer acompanhamento. Estou aqui quando você quiser conversar.",
        HarmToOthersLead = "Parece que você está com muita raiva, e depois de uma rejeição isso é compreensível. Não posso ajudar com nada que possa machucar alguém, e não vou ajudar a escrever nada sobre isso. Por favor, se afaste disso por enquanto: nada de mensagens, ligações ou visitas. Uma raiva tão forte é muito peso para carregar sem ajuda, e há pessoas que podem ajudar com isso agora mesmo:",
        HarmToOthersClose = "Pausei o coaching. Quando a raiva baixar, estou aqui, e podemos pensar juntos numa resposta que você fique feliz de ter enviado.",
        ResourcesLead = "Estas são as pessoas com quem você pode falar agora mesmo:",
        CounselingFormat = "Serviço de apoio psicológico: {0}",
        EmergencyFormat = "Se você ou outra pessoa estiver em perigo agora, ligue para {0} (ou para o número de emergência local).",
        InterpreterNote = "Ao ligar para o 988, você pode pedir um intérprete de português.",
    };
}
