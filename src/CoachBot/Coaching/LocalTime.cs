using System.Globalization;
using CoachBot.Conversations.Activities;

namespace CoachBot.Coaching;

/// <summary>Times as the person would say them, in their own time zone.</summary>
public static class LocalTime
{
    /// <summary>The person's time zone from the activity (IANA name, else the local timestamp's offset); null if unknown.</summary>
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
