using System.Text.RegularExpressions;

namespace CoachBot.Coaching;

/// <summary>
/// "cancel the reapply one", "don't ask me if they answered": a message that stops some of the planned
/// check-ins by naming them. "stop all check-ins" is a command of its own (<see cref="CommandKind.StopCheckIns"/>).
/// Only a cancelling of a check-in counts: "I don't have an answer yet" names one's words but cancels nothing.
/// </summary>
public static partial class CheckInCancellation
{
    /// <summary>The check-ins the message asks to cancel; empty when it asks nothing of the kind.</summary>
    public static IReadOnlyList<NudgeKind> KindsIn(string text) =>
        CancelsACheckIn().IsMatch(text) ? CheckInsOfferPrompt.NamedIn(text) : [];

    /// <summary>A cancelling word with a check-in as its object ("the reapply one", "the reminder"), or "don't ask/remind me".</summary>
    [GeneratedRegex(@"\b(?:cancel|stop|remove|drop|delete|skip|turn\s+off|no\s+more|no\s+need\s+for)\b[^.,;!?\n]*\b(?:one|ones|check-?\s?ins?|reminders?|nudges?)\b|\b(?:don'?t|do\s+not|stop|no\s+need\s+to)\s+(?:ask|remind|nudge|tell)(?:ing)?\s+me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelsACheckIn();
}
