namespace CoachBot.Safety;

public static partial class CrisisReplies
{
    private static readonly CrisisTexts ChineseSimplified = new()
    {
        Language = ReplyLanguage.ChineseSimplified,
        CheckPrompt = "听起来你承受了很多。我还是想问一下：你还好吗？如果你有伤害自己的念头，请告诉我，我会告诉你现在就能联系到的人。",
        DistressAcknowledgement = "听到你正在经历这些，我真的很难过。",
        ConfirmSafePrompt = "很高兴收到你的消息。在回到求职之前，我想问：你现在安全吗？",
        ImOkay = "我没事，继续吧",
        ImSafe = "我很安全，继续吧",
        NotOkay = "我不太好",
        NeedHelpNow = "我现在需要帮助",
        HelpNowCommand = "需要帮助",
        Resumed = "谢谢你告诉我。如果又觉得难以承受，就发送“需要帮助”，我会再把这些求助方式发给你。",

        PickUp = "我们接着刚才的继续吧。",
        StillHere = "我一直在这里，求职辅导可以等，等多久都没关系。",
        SelfHarmLead = "谢谢你愿意告诉我，我很担心你。我是 AI，没办法给你现在需要的支持，但有真人可以马上帮你：",
        SelfHarmClose = "你不必独自面对这一切。我已经暂停了求职的部分和所有后续提醒，它们都可以等。等你准备好了，告诉我你现在是否安全。",
        AbuseLead = "听到这些，我真的很难过。发生的事不是你的错，你有权利过上安全的生活。我是 AI，没办法像真人那样帮你，但这些人可以马上帮你，而且会为你保密：",
        AbuseClose = "如果打电话不安全，其中很多热线也可以发短信或在线聊天。我已经暂停了求职的部分和所有后续提醒。你想聊的时候，我都在。",
        HarmToOthersLead = "听起来你真的很生气，被拒之后有这种感受可以理解。任何可能伤害别人的事我都不能帮忙，也不会帮你写任何与此有关的内容。请先远离这件事：不发消息，不打电话，也不去找人。这么强烈的愤怒，一个人扛太重了，现在就有人可以帮你：",
        HarmToOthersClose = "我已经暂停了辅导。等你平静下来，我还在这里，我们可以一起写一封你以后不会后悔发出的回复。",
        ResourcesLead = "你现在可以联系这些人：",
        CounselingFormat = "心理咨询服务：{0}",
        EmergencyFormat = "如果你或其他人现在有危险，请拨打 {0}（或当地的紧急电话）。",
        InterpreterNote = "拨打 988 时，可以要求中文口译员。",
        SentenceGap = "",
    };

    private static readonly CrisisTexts ChineseTraditional = new()
    {
        Language = ReplyLanguage.ChineseTraditional,
        CheckPrompt = "聽起來你承受了很多。我還是想問一下：你還好嗎？如果你有傷害自己的念頭，請告訴我，我會告訴你現在就能聯絡到的人。",
        DistressAcknowledgement = "聽到你正在經歷這些，我真的很難過。",
        ConfirmSafePrompt = "很高興收到你的訊息。在回到求職之前，我想問：你現在安全嗎？",
        ImOkay = "我沒事，繼續吧",
        ImSafe = "我很安全，繼續吧",
        NotOkay = "我不太好",
        NeedHelpNow = "我現在需要幫助",
        HelpNowCommand = "需要幫助",
        Resumed = "謝謝你告訴我。如果又覺得難以承受，就傳「需要幫助」，我會再把這些求助方式傳給你。",

        PickUp = "我們接著剛才的繼續吧。",
        StillHere = "我一直在這裡，求職輔導可以等，等多久都沒關係。",
        SelfHarmLead = "謝謝你願意告訴我，我很擔心你。我是 AI，沒辦法給你現在需要的支持，但有真人可以馬上幫你：",
        SelfHarmClose = "你不必獨自面對這一切。我已經暫停了求職的部分和所有後續提醒，它們都可以等。等你準備好了，告訴我你現在是否安全。",
        AbuseLead = "聽到這些，我真的很難過。發生的事不是你的錯，你有權利過上安全的生活。我是 AI，沒辦法像真人那樣幫你，但這些人可以馬上幫你，而且會為你保密：",
        AbuseClose = "如果打電話不安全，其中很多專線也可以傳簡訊或線上聊天。我已經暫停了求職的部分和所有後續提醒。你想聊的時候，我都在。",
        HarmToOthersLead = "聽起來你真的很生氣，被拒絕之後有這種感受可以理解。任何可能傷害別人的事我都不能幫忙，也不會幫你寫任何與此有關的內容。請先遠離這件事：不傳訊息、不打電話，也不去找人。這麼強烈的憤怒，一個人扛太重了，現在就有人可以幫你：",
        HarmToOthersClose = "我已經暫停了輔導。等你平靜下來，我還在這裡，我們可以一起寫一封你以後不會後悔寄出的回覆。",
        ResourcesLead = "你現在可以聯絡這些人：",
        CounselingFormat = "心理諮商服務：{0}",
        EmergencyFormat = "如果你或其他人現在有危險，請撥打 {0}（或當地的緊急電話）。",
        InterpreterNote = "撥打 988 時，可以要求中文口譯員。",
        SentenceGap = "",
    };
}
