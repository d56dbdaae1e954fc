namespace CoachBot.Safety;

public static partial class CrisisReplies
{
    // Polite 해요체: warm, and respectful to a student.
    private static readonly CrisisTexts Korean = new()
    {
        Language = ReplyLanguage.Korean,
        CheckPrompt = "많이 힘드신 것 같아요. 혹시 몰라서 여쭤볼게요. 괜찮으세요? 스스로를 해치고 싶은 생각이 든다면 말씀해 주세요. 지금 바로 연락할 수 있는 곳을 알려 드릴게요.",
        DistressAcknowledgement = "그런 일을 겪고 계시다니 정말 마음이 아파요.",
        ConfirmSafePrompt = "다시 이야기해 주셔서 반가워요. 구직 이야기로 돌아가기 전에 여쭤볼게요. 지금 안전하세요?",
        ImOkay = "괜찮아요, 계속해요",
        ImSafe = "안전해요, 계속해요",
        NotOkay = "괜찮지 않아요",
        NeedHelpNow = "지금 도움이 필요해요",
        HelpNowCommand = "도와주세요",
        Resumed = "말해 주셔서 고마워요. 다시 마음이 무거워지면 \"도와주세요\"라고 보내 주세요. 그 연락처들을 다시 알려 드릴게요.",

        PickUp = "하던 이야기를 이어서 해요.",
        StillHere = "저는 여기 있어요. 코칭은 필요한 만큼 얼마든지 기다릴 수 있어요.",
        SelfHarmLead = "말해 주셔서 정말 다행이에요. 그리고 걱정돼요. 저는 AI라서 지금 필요한 도움을 드릴 수는 없지만, 바로 도와줄 수 있는 사람들이 있어요:",
        SelfHarmClose = "혼자 견디지 않으셔도 돼요. 구직 관련 부분과 모든 후속 알림은 잠시 멈춰 두었어요. 그건 나중에 해도 괜찮아요. 준비되면 지금 안전한지 알려 주세요.",
        AbuseLead = "정말 마음이 아파요. 지금 일어나는 일은 당신의 잘못이 아니에요. 당신은 안전할 권리가 있어요. 저는 AI라서 사람처럼 도와드릴 수는 없지만, 이분들은 지금 바로, 비밀을 지키며 도와줄 수 있어요:",
        AbuseClose = "전화하기가 안전하지 않다면, 많은 상담 전화가 문자나 채팅으로도 상담해요. 구직 관련 부분과 모든 후속 알림은 잠시 멈춰 두었어요. 이야기하고 싶을 때 저는 여기 있을게요.",
        HarmToOthersLead = "정말 화가 많이 나신 것 같아요. 불합격 소식 뒤라면 그럴 만해요. 하지만 누군가를 다치게 할 수 있는 일은 도와드릴 수 없고, 그것에 관한 글도 써 드리지 않을 거예요. 지금은 잠시 거리를 두세요. 메시지도, 전화도, 찾아가는 것도 하지 말아 주세요. 이렇게 큰 분노를 혼자 감당하기는 힘들어요. 지금 바로 도와줄 수 있는 사람들이 있어요:",
        HarmToOthersClose = "코칭은 잠시 멈춰 두었어요. 마음이 좀 가라앉으면 저는 여기 있을게요. 보내고 나서 후회하지 않을 답장을 함께 만들어 봐요.",
        ResourcesLead = "지금 바로 연락할 수 있는 곳이에요:",
        CounselingFormat = "상담 센터: {0}",
        EmergencyFormat = "당신이나 다른 사람이 지금 위험하다면 {0}에 전화하세요(또는 현지 긴급 전화번호).",
        InterpreterNote = "988에 전화할 때 한국어 통역을 요청할 수 있어요.",
    };
}
