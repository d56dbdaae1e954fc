using System.Text.RegularExpressions;

namespace CoachBot.Coaching;

/// <summary>
/// "cancel the reapply one", "don't remind me to send it": a message that stops some of the planned
/// check-ins by naming them. "stop all check-ins" is a command of its own (<see cref="CommandKind.StopCheckIns"/>).
/// </summary>
public static partial class CheckInCancellation
{
    /// <summary>The check-ins the message asks to cancel; empty when it asks nothing of the kind.</summary>
    public static IReadOnlyList<NudgeKind> KindsIn(string text) =>
        CancelWords().IsMatch(text) ? CheckInsOfferPrompt.NamedIn(text) : [];

    [GeneratedRegex(@"\b(?:cancel|stop|remove|drop|delete|skip|turn off|no more|don'?t|do not|no need for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelWords();
}
