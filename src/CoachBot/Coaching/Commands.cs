using System.Collections.Frozen;
using CoachBot.Conversations.Dialogs;
using CoachBot.Safety;

namespace CoachBot.Coaching;

public enum CommandKind
{
    None,
    HelpNow,
    Help,
    History,
    ExportData,
    DeleteData,
    StartOver,
    Stop,
    StopCheckIns,
    CheckIns,
}

/// <summary>A command and the whole messages that say it; a sentence that merely mentions one is an answer.</summary>
public sealed record Command(CommandKind Kind, params string[] Phrases)
{
    /// <summary>The commands that work at any point, whatever is being asked, in the order they are matched.</summary>
    public static readonly Command[] All =
    [
        // First, so that someone asking for help urgently never gets the list of commands instead.
        new(CommandKind.HelpNow, "help now", "i need help", "help me", "i need help now", "crisis", "emergency", "hotline", "crisis line"),
        new(CommandKind.Help, "help", "?", "what can you do", "what can you do for me", "what do you do", "who are you", "what is this", "how does this work", "what are you", "commands"),
        new(CommandKind.History, "history", "my history", "show history", "past rejections"),
        new(CommandKind.ExportData, "export my data", "export data", "download my data", "my data", "what do you know about me", "what do you store about me"),
        new(CommandKind.DeleteData, "delete my data", "delete data", "delete everything", "delete my history", "erase my data", "forget me", "forget everything about me"),
        new(CommandKind.StartOver, "start over", "restart", "reset", "new rejection"),
        new(CommandKind.Stop, "stop", "cancel", "quit", "exit", "end"),
        new(CommandKind.StopCheckIns, "stop all check-ins", "stop all check ins", "stop check-ins", "stop check ins", "cancel all check-ins", "cancel check-ins", "cancel all check ins", "no more check-ins", "stop all reminders", "cancel reminders", "stop reminders", "stop all nudges", "stop nudges"),
        new(CommandKind.CheckIns, "check-ins", "check ins", "checkins", "my check-ins", "my check ins", "nudges", "my nudges", "reminders", "my reminders", "show check-ins", "show my check-ins", "list check-ins", "what check-ins", "scheduled check-ins"),
    ];

    public static CommandKind Match(string text)
    {
        if (text.Trim() == "?")
        {
            return CommandKind.Help;
        }

        // The "?" phrase normalizes to nothing, so without this an emoji, "..." or an attachment alone would be taken for help.
        var normalized = ChoiceRecognizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return CommandKind.None;
        }

        var kind = ByPhrase.GetValueOrDefault(normalized);
        return kind == CommandKind.None && IsHelpNowInAnotherLanguage(text) ? CommandKind.HelpNow : kind;
    }

    /// <summary>
    /// "Help now", "I need help" and "help me" in the languages CoachBot answers a crisis in, as people type
    /// them (folded, so with or without accents). A bare "help" word counts too: in these languages the
    /// list of commands, in English, would help less than the lines in their own language.
    /// </summary>
    private static readonly string[] HelpNowInOtherLanguages =
    [
        // Spanish
        "ayuda", "ayuda ya", "ayuda ahora", "ayúdame", "ayúdenme", "necesito ayuda", "necesito ayuda ya", "necesito ayuda ahora", "auxilio",
        "emergencia", "línea de crisis",
        // Portuguese
        "ajuda", "ajuda agora", "me ajuda", "me ajude", "ajuda-me", "preciso de ajuda", "preciso de ajuda agora", "socorro", "emergência",
        // French
        "aide", "aide maintenant", "aide-moi", "aidez-moi", "à l'aide", "au secours", "j'ai besoin d'aide", "j'ai besoin d'aide maintenant",
        "urgence",
        // Hindi and Hinglish
        "मदद", "मदद चाहिए", "मदद करो", "मेरी मदद करो", "मेरी मदद कीजिए", "मुझे मदद चाहिए", "मुझे अभी मदद चाहिए", "बचाओ",
        "madad", "madad chahiye", "madad karo", "meri madad karo", "mujhe madad chahiye", "help karo", "bachao",
        // Chinese
        "救命", "帮帮我", "幫幫我", "帮我", "幫我", "需要帮助", "需要幫助", "我需要帮助", "我需要幫助", "我现在需要帮助", "我現在需要幫助", "求助",
        "救救我",
        // Japanese
        "助けて", "たすけて", "助けてください", "助けが必要", "助けが必要です", "今すぐ助けが必要です", "今すぐ助けて",
        // Korean
        "도와줘", "도와주세요", "살려줘", "살려주세요", "도움이 필요해", "도움이 필요해요", "도움이 필요합니다", "지금 도움이 필요해요",
        // Vietnamese
        "cứu", "cứu tôi", "cứu với", "cứu tôi với", "giúp tôi", "giúp tôi với", "giúp mình", "giúp mình với", "giúp em", "giúp em với",
        "cần giúp đỡ", "tôi cần giúp đỡ", "mình cần giúp đỡ", "mình cần giúp đỡ ngay", "tôi cần giúp đỡ ngay",
        // Arabic
        "ساعدني", "ساعدوني", "النجدة", "أحتاج مساعدة", "أحتاج مساعدة الآن", "أحتاج إلى مساعدة", "محتاج مساعدة", "أنا بحاجة إلى مساعدة", "مساعدة",
    ];

    /// <summary>No phrase above is longer; a longer message is an answer, not a command.</summary>
    private const int MaxHelpNowChars = 64;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HelpNowFolded =
        HelpNowInOtherLanguages.Select(phrase => FoldedText.Of(phrase)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsHelpNowInAnotherLanguage(string text)
    {
        if (text.Length > MaxHelpNowChars)
        {
            return false;
        }

        Span<char> folded = stackalloc char[text.Length];
        return HelpNowFolded.Contains(folded[..FoldedText.Fold(text, folded)]);
    }

    // Normalized once: every message is matched against every phrase.
    private static readonly Dictionary<string, CommandKind> ByPhrase = All
        .SelectMany(command => command.Phrases.Select(phrase => (Phrase: ChoiceRecognizer.Normalize(phrase), command.Kind)))
        .Where(entry => entry.Phrase.Length > 0)
        .DistinctBy(entry => entry.Phrase)
        .ToDictionary(entry => entry.Phrase, entry => entry.Kind);
}
