using CoachBot.Organizations;

namespace CoachBot.Coaching;

/// <summary>When each nudge falls due, following career-services timing, moved out of the person's quiet hours.</summary>
public static class NudgeSchedule
{
    private static readonly TimeSpan SendSoonAfterGoingAhead = TimeSpan.FromHours(4);

    public static DateTimeOffset DueAt(NudgeKind kind, RejectionCase rejection, DateTimeOffset now, TimeZoneInfo zone, OrganizationProfile organization)
    {
        var sendBy = rejection.CoolingOff?.Until ?? now + SendSoonAfterGoingAhead;
        var due = kind switch
        {
            NudgeKind.ReviewAndSend => sendBy,
            NudgeKind.DidTheyAnswer => sendBy + TimeSpan.FromDays(7),
            NudgeKind.ReconnectWithNetwork => now + TimeSpan.FromDays(14),
            NudgeKind.ReapplyWhenOpeningsCome => now + TimeSpan.FromDays(90),
            _ => now + TimeSpan.FromDays(3),
        };
        return OutOfQuietHours(due, zone, organization.QuietHoursStart, organization.QuietHoursEnd);
    }

    public static string Describe(NudgeKind kind) => kind switch
    {
        NudgeKind.ReviewAndSend => "a reminder to review and send your reply",
        NudgeKind.DidTheyAnswer => "to ask whether they answered",
        NudgeKind.ReconnectWithNetwork => "to reconnect with the recruiter and your network",
        NudgeKind.ReapplyWhenOpeningsCome => "when it's reasonable to reapply",
        _ => "to suggest a session with a career counselor",
    };

    /// <summary>A time inside quiet hours moves to the end of them, in the person's local time.</summary>
    public static DateTimeOffset OutOfQuietHours(DateTimeOffset due, TimeZoneInfo zone, TimeOnly quietStart, TimeOnly quietEnd)
    {
        var local = TimeZoneInfo.ConvertTime(due, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var wrapsMidnight = quietStart > quietEnd;
        var quiet = wrapsMidnight ? time >= quietStart || time < quietEnd : time >= quietStart && time < quietEnd;
        if (!quiet)
        {
            return due;
        }

        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (wrapsMidnight && time >= quietStart)
        {
            endDate = endDate.AddDays(1);
        }

        var endLocal = endDate.ToDateTime(quietEnd);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
    }
}
