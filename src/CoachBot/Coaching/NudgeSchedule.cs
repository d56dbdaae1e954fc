using CoachBot.FollowUps;
using CoachBot.Organizations;

namespace CoachBot.Coaching;

/// <summary>When each nudge falls due, following career-services timing, moved out of the person's quiet hours.</summary>
public static class NudgeSchedule
{
    public static DateTimeOffset DueAt(NudgeKind kind, RejectionCase rejection, DateTimeOffset now, TimeZoneInfo zone, OrganizationProfile organization, FollowUpOptions intervals)
    {
        var sendBy = rejection.CoolingOff?.Until ?? now + intervals.SendReminderAfter;
        var due = kind switch
        {
            NudgeKind.ReviewAndSend => sendBy,
            NudgeKind.DidTheyAnswer => sendBy + intervals.DidTheyAnswerAfter,
            NudgeKind.ReconnectWithNetwork => now + intervals.NetworkAfter,
            NudgeKind.ReapplyWhenOpeningsCome => now + intervals.ReapplyAfter,
            _ => now + intervals.CounselorAfter,
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

    /// <summary>
    /// A time inside quiet hours moves to the end of them, in the person's local time (a daylight-saving
    /// change in between is taken into account: see <see cref="LocalTime.ToInstant"/>). Quiet hours whose
    /// start equals their end mean none.
    /// </summary>
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

        return LocalTime.ToInstant(endDate.ToDateTime(quietEnd), zone);
    }
}
