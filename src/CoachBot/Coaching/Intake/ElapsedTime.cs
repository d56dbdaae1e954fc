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
    private const int DaysInAMonth = 30;
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

    /// <returns>
    /// How long ago, and where in the text it was said; null when the text says no time gone by. Of several
    /// times ("applied two weeks ago ... finished the test on Friday") the latest is the last step's.
    /// </returns>
    /// <param name="text">What the person wrote.</param>
    /// <param name="today">The day it is by the bot's clock: "last thurs" on a Sunday was three days ago. Without
    /// it, "last Tuesday" is taken as the week before and "on Tuesday" as this week.</param>
    public static (HeardWhen When, int Index, TimeAgo Said)? Find(string text, DayOfWeek? today = null)
    {
        try
        {
            (TimeAgo Said, int Index)? latest = null;
            foreach (Match counted in Counted().Matches(text))
            {
                Keep(ref latest, Counted(counted.Groups["count"].Value, counted.Groups["unit"].Value), counted.Index);
            }

            // "wednesday last week": the week before, whatever day it is now.
            foreach (Match named in WeekdayOfLastWeek().Matches(text))
            {
                Keep(ref latest, new TimeAgo { Days = DaysInAWeek, Unit = TimeAgoUnit.LastWeek }, named.Index);
            }

            foreach (Match last in LastWeekday().Matches(text))
            {
                var named = last.Groups["day"].Value;
                Keep(ref latest, OnWeekday(today is { } day ? DaysSince(day, named, last: true) : DaysInAWeek, named), last.Index);
            }

            foreach (Match on in ThisWeekday().Matches(text))
            {
                var named = on.Groups["day"].Value;
                if (named.Length > 0 && WeekdayOfLastWeek().Match(text, on.Groups["day"].Index) is { Success: true } lastWeek && lastWeek.Index == on.Groups["day"].Index)
                {
                    continue;
                }

                var days = today is { } day ? (named.Length > 0 ? DaysSince(day, named, last: false) : DaysSinceWeekend(day)) : DaysInAWeek - 1;
                Keep(ref latest, named.Length > 0 ? OnWeekday(days, named) : new TimeAgo { Days = days, Unit = TimeAgoUnit.Days, Count = days }, on.Index);
            }

            return latest is { } found ? (Bucket(found.Said.Days), found.Index, found.Said) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        static void Keep(ref (TimeAgo Said, int Index)? latest, TimeAgo said, int index)
        {
            if (latest is null || said.Days < latest.Value.Said.Days)
            {
                latest = (said, index);
            }
        }
    }

    /// <summary>
    /// A time gone by as said, for the summary and the advice to say back: "last week", "10 days", "3 weeks", "two months",
    /// "last Friday"; null when the text says none. Reads what <see cref="Find"/> reads, and "last week" and "last month".
    /// </summary>
    public static TimeAgo? ReadAgo(string text, DayOfWeek? today = null)
    {
        var found = Find(text, today);
        var lastSpan = LastWeekOrMonth(text);
        return (found, lastSpan) switch
        {
            ({ } time, { } last) => last.Days < time.Said.Days ? last : time.Said,
            ({ } time, null) => time.Said,
            _ => lastSpan,
        };
    }

    /// <summary>"last week", "last month", "the week before": said back as such.</summary>
    private static TimeAgo? LastWeekOrMonth(string text)
    {
        try
        {
            var match = LastWeekOrMonthSaid().Match(text);
            return !match.Success ? null
                : match.Groups["unit"].Value.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? new TimeAgo { Days = DaysInAMonth, Unit = TimeAgoUnit.LastMonth }
                : new TimeAgo { Days = DaysInAWeek, Unit = TimeAgoUnit.LastWeek };
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// How a time gone by is said back: "last week", "10 days ago", "about three weeks ago", "about two months ago",
    /// "last Friday" (a weekday of last week), "on Tuesday" (of this one), "today", "yesterday".
    /// </summary>
    public static string SayAgo(TimeAgo said) => said.Unit switch
    {
        TimeAgoUnit.LastWeek => "last week",
        TimeAgoUnit.LastMonth => "last month",
        TimeAgoUnit.Weekday when said.Weekday is { } day => (said.Days >= DaysInAWeek ? "last " : "on ") + day.ToString(),
        TimeAgoUnit.Weeks => said.Count == 1 ? "a week ago" : $"about {CountSaid(said.Count)} weeks ago",
        TimeAgoUnit.Months => said.Count == 1 ? "about a month ago" : $"about {CountSaid(said.Count)} months ago",
        _ => said.Days switch
        {
            <= 0 => "today",
            1 => "yesterday",
            _ => $"{CountSaid(said.Days)} days ago",
        },
    };

    /// <summary>
    /// The time as said, when it still falls in the bucket kept (<paramref name="when"/>): a button tapped later, or a
    /// correction, wins over what was read before it. Null when nothing was said, or it no longer fits.
    /// </summary>
    public static string? SayAgo(TimeAgo? said, HeardWhen? when) =>
        said is not null && when is { } kept && Bucket(said.Days) == kept ? SayAgo(said) : null;

    /// <summary>When the person heard, as they said it ("last week", "about three weeks ago"), for the summary and the advice; null when only a button's bucket is known.</summary>
    public static string? HeardSaid(RejectionCase rejection) => SayAgo(rejection.HeardAgo, rejection.HeardWhen);

    private static readonly string[] SmallNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static string CountSaid(int count) =>
        count >= 0 && count < SmallNumbers.Length ? SmallNumbers[count] : count.ToString(CultureInfo.InvariantCulture);

    private static TimeAgo OnWeekday(int days, string named) =>
        new() { Days = days, Unit = TimeAgoUnit.Weekday, Weekday = WeekdayOf(named) };

    private static TimeAgo Counted(string count, string unit)
    {
        var days = Days(count, unit);
        var number = Number(count);
        var lowered = unit.ToLowerInvariant();
        return lowered.StartsWith("month", StringComparison.Ordinal) ? new TimeAgo { Days = days, Unit = TimeAgoUnit.Months, Count = number }
            : lowered.StartsWith("week", StringComparison.Ordinal) ? new TimeAgo { Days = days, Unit = TimeAgoUnit.Weeks, Count = number }
            : lowered.StartsWith("fortnight", StringComparison.Ordinal) ? new TimeAgo { Days = days, Unit = TimeAgoUnit.Weeks, Count = 2 * number }
            : new TimeAgo { Days = days, Unit = TimeAgoUnit.Days, Count = number };
    }

    /// <summary>
    /// Days since the weekday named, by the bot's clock. The same weekday as today, or "last" with
    /// yesterday's name (which would have been said "yesterday"), is the week before.
    /// </summary>
    private static int DaysSince(DayOfWeek today, string named, bool last)
    {
        var day = WeekdayOf(named);
        var days = ((int)today - (int)day + DaysInAWeek) % DaysInAWeek;
        days = days == 0 || (last && days == 1) ? days + DaysInAWeek : days;
        // "on Friday" said on a Monday was last week, not "earlier this week": a day before this week's Monday
        // (but yesterday) is the week before.
        return days >= 2 && days > DaysIntoWeek(today) ? DaysInAWeek : days;
    }

    /// <summary>"over the weekend" said on a weekday was last week; said on the weekend, it is this one.</summary>
    private static int DaysSinceWeekend(DayOfWeek today) =>
        today is DayOfWeek.Saturday or DayOfWeek.Sunday ? DaysInAWeek - 1 : DaysInAWeek;

    /// <summary>Days since this week's Monday: Monday 0, Sunday 6.</summary>
    private static int DaysIntoWeek(DayOfWeek today) => ((int)today + DaysInAWeek - 1) % DaysInAWeek;

    private static DayOfWeek WeekdayOf(string named) => named.ToLowerInvariant()[..2] switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static int Number(string count)
    {
        var normalized = string.Join(' ', count.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : NumberWords.TryGetValue(normalized, out var word) ? word
            : 1;
    }

    private static int Days(string count, string unit)
    {
        var number = Number(count);
        return unit.ToLowerInvariant() switch
        {
            var u when u.StartsWith("month", StringComparison.Ordinal) => number * DaysInAMonth,
            var u when u.StartsWith("week", StringComparison.Ordinal) => number * DaysInAWeek,
            var u when u.StartsWith("fortnight", StringComparison.Ordinal) => number * 2 * DaysInAWeek,
            _ => number,
        };
    }

    /// <summary>Which of the buttons' times a number of days falls in.</summary>
    public static HeardWhen Bucket(int days) => days switch
    {
        <= 0 => HeardWhen.Today,
        1 => HeardWhen.Yesterday,
        < DaysInAWeek => HeardWhen.ThisWeek,
        _ => HeardWhen.EarlierThanThat,
    };

    private const string Count = @"(?<count>\d{1,3}|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private const string Unit = @"(?<unit>days?|weeks?|fortnights?|months?)";

    /// <summary>A count of days, weeks or months with the words that make it time gone by, before or after it.</summary>
    [GeneratedRegex(@"\b(?:been|for|in|over|past|since|almost|nearly|about|like|around|roughly|already|than)\s+(?:(?:over|about|almost|nearly|like|around|roughly|more\s+than|a\s+good|the\s+(?:last|past))\s+)?" + Count + @"\s+" + Unit + @"\b(?!\s*(?:'|’)?\s*(?:time|notice|from\s+now|later))|\b" + Count + @"\s+" + Unit + @"\s+(?:ago|since|now|already|and\s+(?:nothing|no|still|counting|not)|of\s+(?:silence|nothing|waiting|no)|without|with\s+no|back|before|have\s+passed|has\s+passed|went\s+by|gone\s+by)\b", Options, MatchTimeoutMs)]
    private static partial Regex Counted();

    /// <summary>A weekday as people write it: "thursday", "thurs", "thu", "weds".</summary>
    private const string Weekday = @"(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b\.?";

    [GeneratedRegex(@"(?<!\b(?:by|until|till|til|before)\s+)\b(?:last|this\s+past|the\s+previous)\s+" + Weekday, Options, MatchTimeoutMs)]
    private static partial Regex LastWeekday();

    /// <summary>"on Tuesday", "since Monday", "it was tuesday", "tues morning": a weekday gone by ("by friday", "next wednesday" are yet to come).</summary>
    [GeneratedRegex(@"\b(?:on|since|back\s+on|this|(?:it|that|this|which|interview|round|call)\s+was|was\s+on)\s+" + Weekday + @"|(?<!\b(?:by|next|until|till|til|before|this\s+coming|on\s+or\s+before)\s+)\b(?!sun\b|sat\b|wed\b)" + Weekday + @"(?=\s+(?:morning|afternoon|evening|night))|\b(?:over|on|this|since\s+the)\s+(?:the\s+)?weekend\b", Options, MatchTimeoutMs)]
    private static partial Regex ThisWeekday();

    [GeneratedRegex(@"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|just\s+now|an?\s+(?:hour|few\s+hours|couple\s+(?:of\s+)?hours)\s+ago|\d+\s+hours?\s+ago|(?:\d+|a\s+few|few|couple(?:\s+of)?|a\s+couple(?:\s+of)?)\s*(?:min|mins|minutes)\s+ago|minutes\s+ago)\b", Options, MatchTimeoutMs)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?:yesterday|last\s+night)\b", Options, MatchTimeoutMs)]
    private static partial Regex Yesterday();

    [GeneratedRegex(@"\b(?:last|the\s+previous)\s+(?<unit>week|month)\b|\bthe\s+(?<unit>week|month)\s+before\b", Options, MatchTimeoutMs)]
    private static partial Regex LastWeekOrMonthSaid();

    /// <summary>"wednesday last week", "on the Tuesday of last week".</summary>
    [GeneratedRegex(@"\b" + Weekday + @"\s+(?:of\s+)?(?:last|the\s+previous)\s+week\b", Options, MatchTimeoutMs)]
    private static partial Regex WeekdayOfLastWeek();
}
