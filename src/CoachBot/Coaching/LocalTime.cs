using System.Globalization;
using CoachBot.Conversations.Activities;

namespace CoachBot.Coaching;

/// <summary>Times as the person would say them, in their own time zone.</summary>
public static class LocalTime
{
    /// <summary>
    /// The person's time zone from the activity (IANA name, else the local timestamp's offset); null if
    /// unknown. The one place a channel's time zone is read: Teams sends <c>localTimezone</c>, and a channel
    /// that learns it otherwise (Slack's <c>users.info</c>) sets the same field on the inbound activity.
    /// </summary>
    public static TimeZoneInfo? ZoneOf(Activity activity)
    {
        if (activity.LocalTimezone is { Length: > 0 } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return zone;
        }

        return activity.LocalTimestamp is { } local
            ? TimeZoneInfo.CreateCustomTimeZone($"UTC{local.Offset}", local.Offset, null, null)
            : null;
    }

    /// <summary>The person's zone when the channel tells it, else the organisation's default.</summary>
    public static TimeZoneInfo ZoneFor(Activity activity, Organizations.OrganizationProfile organization) =>
        ZoneOf(activity) ?? ZoneOrDefault(null, organization.DefaultTimeZone);

    public static TimeZoneInfo ZoneOrDefault(string? ianaName, string fallbackIanaName) =>
        ianaName is not null && TimeZoneInfo.TryFindSystemTimeZoneById(ianaName, out var zone) ? zone
        : TimeZoneInfo.TryFindSystemTimeZoneById(fallbackIanaName, out var fallback) ? fallback
        : TimeZoneInfo.Utc;

    /// <summary>
    /// The moment a local wall-clock time names in <paramref name="zone"/>. A time skipped by a daylight-saving
    /// change (2:30 AM on the spring-forward night) moves on by the gap, to the first moment that exists after
    /// it; a time that happens twice (the fall-back night) is its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            // Read with the offset before the gap, the time lands past it, where the later offset holds.
            return new DateTimeOffset(local, before).ToOffset(after);
        }

        if (zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The person's calendar day at <paramref name="moment"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    /// <summary>The first moment of <paramref name="day"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => ToInstant(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The first moment of the person's next day.</summary>
    public static DateTimeOffset StartOfNextDay(DateTimeOffset moment, TimeZoneInfo zone) => StartOf(DayOf(moment, zone).AddDays(1), zone);

    /// <summary>A day the person typed ("Dec 20", "December 20", "12/20", "2027-01-15"), after today; null when it is none.</summary>
    public static DateOnly? ParseDay(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DayOf(now, zone);
        var trimmed = text.Trim().TrimEnd('.', '!');
        string[] withYear = ["yyyy-MM-dd", "MMM d yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMMM d, yyyy", "M/d/yyyy", "d MMM yyyy", "d MMMM yyyy"];
        string[] withoutYear = ["MMM d", "MMMM d", "M/d", "d MMM", "d MMMM"];
        if (DateOnly.TryParseExact(trimmed, withYear, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return day > today ? day : null;
        }

        foreach (var format in withoutYear)
        {
            if (DateOnly.TryParseExact($"{trimmed} {today.Year}", $"{format} yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out day))
            {
                // A day already past this year is next year's.
                return day > today ? day : day.AddYears(1);
            }
        }

        return null;
    }

    /// <summary>"tomorrow at 3:40 PM", "today at 9:00 AM", "on Friday, Nov 27 at 10:00 AM"; in UTC when the zone is unknown.</summary>
    public static string Describe(DateTimeOffset moment, DateTimeOffset now, TimeZoneInfo? zone)
    {
        var effectiveZone = zone ?? TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(moment, effectiveZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, effectiveZone).DateTime);
        var day = DateOnly.FromDateTime(local.DateTime);
        var clock = local.ToString("h:mm tt", CultureInfo.InvariantCulture) + (zone is null ? " UTC" : string.Empty);
        return (day.DayNumber - today.DayNumber) switch
        {
            0 => $"today at {clock}",
            1 => $"tomorrow at {clock}",
            _ => $"on {local.ToString("dddd, MMM d", CultureInfo.InvariantCulture)} at {clock}",
        };
    }
}
