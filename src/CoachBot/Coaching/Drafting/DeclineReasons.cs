using System.Text.RegularExpressions;
using CoachBot.Coaching.Intake;

namespace CoachBot.Coaching.Drafting;

/// <summary>The kinds of reason a person gives for turning an offer down, each with professional wording.</summary>
public enum DeclineReasonKind
{
    AnotherOffer,
    Compensation,
    Relocation,
    Timing,
    Family,
    Personal,
    Direction,
}

/// <summary>
/// A decline's reason as a letter says it: the person's words are read for their kind and worded the
/// way a careful professional would ("the pay is kinda low tbh" becomes a line about compensation). A
/// reason of no known kind is left out, with a neutral line, and the person is told they may add it.
/// The kinds are decided here only: the story reader keeps a clause about "my ..." or "the ..." as a
/// decline's reason only when it is of one of these kinds (StoryReader.FindOwnReason).
/// </summary>
public static partial class DeclineReasons
{
    /// <summary>Said with the draft when the person's reason had no kind the letter can word for them.</summary>
    public const string LeftToYou = "I've kept your reason for declining out of the letter and said it is no reflection on the team. If you'd like to give a reason, add it in your own words before you send it.";

    public static DeclineReasonKind? KindOf(string? reason) => string.IsNullOrWhiteSpace(reason) ? null
        : AnotherOffer().IsMatch(reason) ? DeclineReasonKind.AnotherOffer
        : Compensation().IsMatch(reason) ? DeclineReasonKind.Compensation
        // "my mum is sick and I need to stay near home": a family member named makes it a family reason, wherever it leads.
        : Family().IsMatch(reason) ? DeclineReasonKind.Family
        : Relocation().IsMatch(reason) ? DeclineReasonKind.Relocation
        : Timing().IsMatch(reason) ? DeclineReasonKind.Timing
        : Personal().IsMatch(reason) ? DeclineReasonKind.Personal
        : Direction().IsMatch(reason) ? DeclineReasonKind.Direction
        : null;

    /// <summary>Whether the person gave a reason the letter leaves to them (<see cref="LeftToYou"/>).</summary>
    public static bool LeavesOut(RejectionCase @case, ReplyGoal goal)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var declining = goal == ReplyGoal.DeclineOffer || @case.Situation == Situation.DeclinedOffer;
        return declining && CaseText.Clean(@case.Reason) is { } reason && Intake.FieldShape.IsReason(reason, declining: true) && KindOf(reason) is null;
    }

    [GeneratedRegex(@"\b(?:accept\w*|took|taken|taking|signed|going\s+with|chose|chosen|picked)\s+(?:(?:an?|another|the|a\s+different|one|other)\s+)?" + FewestWords.UpToTwo + @"(?:offer|position|role|job|opportunity|company)\b|\b(?:another|other|better|different)\s+offer\b|\boffer\s+elsewhere\b|\bsigned\s+with\b|\bsaid\s+yes\s+to\b|\b(?:joining|going\s+to\s+join)\s+(?:another|a\s+different|an?\s+other)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnotherOffer();

    [GeneratedRegex(@"\b(?:pay|paid|salary|compensation|money|wages?|stipend|benefits|package|underpaid|lowball\w*|too\s+low|cost\s+of\s+living)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Compensation();

    [GeneratedRegex(@"\b(?:relocat\w*|moving|move\s+(?:to|away|back|abroad)|another\s+(?:city|state|country)|closer\s+to\s+home|location|commute|too\s+far|distance|abroad|overseas|on[- ]site|in[- ]office|remote|home|lease)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relocation();

    [GeneratedRegex(@"\b(?:timing|start\s+date|too\s+soon|not\s+ready|graduat\w*|finish(?:ing)?\s+(?:my|school|uni|college|degree)|semester|timeline|grad\s+school|master'?s|studies|degree|course|exams?|class(?:es)?|timetable|schedule|uni|university|placement|contract)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Timing();

    [GeneratedRegex(@"\b(?:family|parents?|mom|mum|dad|child|children|kids?|caring|caregiv\w*|partner|wife|husband)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Family();

    [GeneratedRegex(@"\b(?:personal|health|medical|private|visa|loans?|hours)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Personal();

    [GeneratedRegex(@"\b(?:fit|direction|career\s+(?:path|goals?)|field|interests?|passion|culture|the\s+team|my\s+own\s+(?:business|company|startup|project|thing)|values|growth|not\s+(?:for\s+me|what\s+i\s+want)|the\s+(?:work|role|job|team)\s+(?:isn't|is\s+not|wasn't)|different\s+(?:path|area|industry))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Direction();
}
