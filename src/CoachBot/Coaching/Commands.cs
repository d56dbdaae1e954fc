using CoachBot.Conversations.Dialogs;

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
        new(CommandKind.StopCheckIns, "stop all check-ins", "stop all check ins", "stop check-ins", "stop check ins", "cancel all check-ins", "cancel check-ins", "cancel all check ins", "no more check-ins", "stop all reminders", "cancel reminders", "stop reminders"),
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

        return ByPhrase.GetValueOrDefault(normalized);
    }

    // Normalized once: every message is matched against every phrase.
    private static readonly Dictionary<string, CommandKind> ByPhrase = All
        .SelectMany(command => command.Phrases.Select(phrase => (Phrase: ChoiceRecognizer.Normalize(phrase), command.Kind)))
        .Where(entry => entry.Phrase.Length > 0)
        .DistinctBy(entry => entry.Phrase)
        .ToDictionary(entry => entry.Phrase, entry => entry.Kind);
}
