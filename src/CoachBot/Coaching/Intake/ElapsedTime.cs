using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// When the news came, said as time gone by ("it's been 10 days", "about two weeks ago", "a month now and
/// nothing", "since last Tuesday"): counted in days, then put in the same buckets as the buttons. A number
/// of days or weeks counts only with words that make it time gone by ("ago", "since", "been", "for"), so
/// "a 3 month internship" or "they'll decide in two weeks' time" say nothing of when the person heard.
/// </summary>
public static partial class ElapsedTime
{
    private const int MatchTimeoutMs = 1_000;
    private const int DaysInAWeek = 7;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["a couple"] = 2,
        ["a couple of"] = 2,
        ["couple"] = 2,
        ["couple of"] = 2,
        ["a few"] = 3,
        ["few"] = 3,
        ["several"] = 4,
    };

    public static HeardWhen? Read(string text) => Find(text)?.When;

    /// <summary>
    /// "today", "this morning", "yesterday", said outright, whatever other times the story gives ("applied two
    /// weeks ago and got rejected yesterday"). The later day wins: the news comes after the step.
    /// </summary>
    public static HeardWhen? SaidOutright(string text)
    {
        try
        {
            return Today().IsMatch(text) ? HeardWhen.Today : Yesterday().IsMatch(text) ? HeardWhen.Yesterday : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <returns>How long ago, and where in the text it was said; null when the text says no time gone by.</returns>
    public static (HeardWhen When, int Index)? Find(string text)
    {
        try
        {
            if (Counted().Match(text) is { Success: true } counted)
            {
                return (Bucket(Days(counted.Groups["count"].Value, counted.Groups["unit"].Value)), counted.Index);
            }

            // "last Tuesday" is most often the one before this week's; "on Tuesday", "since Monday" this week's.
            return LastWeekday().Match(text) is { Success: true } last ? (HeardWhen.EarlierThanThat, last.Index)
                : ThisWeekday().Match(text) is { Success: true } day ? (HeardWhen.ThisWeek, day.Index)
                : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static int Days(string count, string unit)
    {
        var normalized = string.Join(' ', count.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var number = int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : NumberWords.TryGetValue(normalized, out var word) ? word
            : 1;
        return unit.ToLowerInvariant() switch
        {
            var u when u.StartsWith("month", StringComparison.Ordinal) => number * 30,
            var u when u.StartsWith("week", StringComparison.Ordinal) => number * DaysInAWeek,
            _ => number,
        };
    }

    private static HeardWhen Bucket(int days) => days switch
    {
        <= 0 => HeardWhen.Today,
        1 => HeardWhen.Yesterday,
        < DaysInAWeek => HeardWhen.ThisWeek,
        _ => HeardWhen.EarlierThanThat,
    };

    private const string Count = @"(?<count>\d{1,3}|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private const string Unit = @"(?<unit>days?|weeks?|months?)";

    /// <summary>A count of days, weeks or months with the words that make it time gone by, before or after it.</summary>
    [GeneratedRegex(@"\b(?:been|for|in|over|past|since|almost|nearly|about|like|around|roughly|already|than)\s+(?:(?:over|about|almost|nearly|like|around|roughly|more\s+than|a\s+good|the\s+(?:last|past))\s+)?" + Count + @"\s+" + Unit + @"\b(?!\s*(?:'|’)?\s*(?:time|notice|from\s+now|later))|\b" + Count + @"\s+" + Unit + @"\s+(?:ago|since|now|already|and\s+(?:nothing|no|still|counting|not)|of\s+(?:silence|nothing|waiting|no)|without|with\s+no|back|before|have\s+passed|has\s+passed|went\s+by|gone\s+by)\b", Options, MatchTimeoutMs)]
    private static partial Regex Counted();

    [GeneratedRegex(@"\b(?:last|this\s+past|the\s+previous)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri)\b", Options, MatchTimeoutMs)]
    private static partial Regex LastWeekday();

    [GeneratedRegex(@"\b(?:on|since|back\s+on|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri)\b|\b(?:over|on|this|since\s+the)\s+(?:the\s+)?weekend\b", Options, MatchTimeoutMs)]
    private static partial Regex ThisWeekday();

    [GeneratedRegex(@"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|just\s+now|an?\s+(?:hour|few\s+hours|couple\s+(?:of\s+)?hours)\s+ago|\d+\s+hours?\s+ago|minutes\s+ago)\b", Options, MatchTimeoutMs)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?:yesterday|last\s+night)\b", Options, MatchTimeoutMs)]
    private static partial Regex Yesterday();
}
