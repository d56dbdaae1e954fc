namespace CoachBot.Safety;

public static partial class CrisisReplies
{
    // "Mình" and "bạn", as students talk to each other: warm without being familiar.
    private static readonly CrisisTexts Vietnamese = new()
    {
        Language = ReplyLanguage.Vietnamese,
        CheckPrompt = "Nghe có vẻ bạn đang phải chịu đựng rất nhiều. Mình muốn hỏi cho chắc: bạn có ổn không? Nếu bạn đang có ý nghĩ làm hại bản thân, hãy nói với mình, mình sẽ gửi bạn thông tin những người bạn có thể liên hệ ngay bây giờ.",
        DistressAcknowledgement = "Mình thật sự rất tiếc khi bạn phải trải qua chuyện này.",
        ConfirmSafePrompt = "Mình rất vui khi bạn nhắn lại. Trước khi quay lại chuyện tìm việc: bây giờ bạn có an toàn không?",
        ImOkay = "Mình ổn, tiếp tục nhé",
        ImSafe = "Mình an toàn, tiếp tục nhé",
        NotOkay = "Mình không ổn",
        NeedHelpNow = "Mình cần giúp đỡ ngay",
        HelpNowCommand = "cần giúp đỡ",
        Resumed = "Cảm ơn bạn đã chia sẻ với mình. Nếu mọi thứ lại trở nên nặng nề, hãy nhắn \"cần giúp đỡ\" và mình sẽ gửi lại những số đó.",

        PickUp = "Mình tiếp tục từ chỗ lúc nãy nhé.",
        StillHere = "Mình vẫn ở đây, và phần tư vấn tìm việc có thể chờ bao lâu cũng được.",
        SelfHarmLead = "Mình thật sự mừng vì bạn đã nói với mình, và mình lo cho bạn. Mình là AI nên không thể là chỗ dựa bạn cần lúc này, nhưng có những người thật có thể giúp bạn ngay:",
        SelfHarmClose = "Bạn không phải một mình trải qua chuyện này. Mình đã tạm dừng phần tìm việc và mọi lời nhắc tiếp theo; những việc đó có thể chờ. Khi bạn sẵn sàng, hãy cho mình biết bây giờ bạn có an toàn không.",
        AbuseLead = "Mình rất tiếc. Chuyện đang xảy ra không phải lỗi của bạn, và bạn xứng đáng được an toàn. Mình là AI nên không thể giúp như một người thật, nhưng những người này có thể giúp bạn ngay, và giữ bí mật cho bạn:",
        AbuseClose = "Nếu gọi điện không an toàn, nhiều đường dây trong số này cũng nhận tin nhắn hoặc trò chuyện trực tuyến. Mình đã tạm dừng phần tìm việc và mọi lời nhắc tiếp theo. Mình luôn ở đây khi bạn muốn nói chuyện.",
        HarmToOthersLead = "Có vẻ bạn đang rất tức giận, và sau một lần bị từ chối thì điều đó cũng dễ hiểu. Mình không thể giúp bất cứ việc gì có thể làm hại ai đó, và sẽ không giúp viết bất cứ điều gì về chuyện đó. Bây giờ bạn hãy tạm tránh xa chuyện này nhé: không nhắn tin, không gọi điện, không tìm đến. Cơn giận lớn như vậy rất nặng nề để gánh một mình, và có những người có thể giúp bạn ngay:",
        HarmToOthersClose = "Mình đã tạm dừng phần tư vấn. Khi bạn bình tĩnh hơn, mình vẫn ở đây, và chúng ta có thể cùng viết một thư trả lời mà bạn sẽ thấy vui vì đã gửi.",
        ResourcesLead = "Đây là những nơi bạn có thể liên hệ ngay bây giờ:",
        CounselingFormat = "Dịch vụ tư vấn tâm lý: {0}",
        EmergencyFormat = "Nếu bạn hoặc ai đó đang gặp nguy hiểm ngay lúc này, hãy gọi {0} (hoặc số khẩn cấp tại nơi bạn ở).",
        InterpreterNote = "Khi gọi 988, bạn có thể yêu cầu thông dịch viên tiếng Việt.",
    };
}
