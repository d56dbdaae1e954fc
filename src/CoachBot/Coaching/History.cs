using System.Globalization;
using CoachBot.Organizations;

namespace CoachBot.Coaching;

/// <summary>The "history" command: the person's latest finished cases, each with its final draft.</summary>
public static class History
{
    public const string NoHistory = "We haven't worked through any rejections together yet.";
    public const string HistoryIntro = "Here's what we've worked through, newest first:";
    public const string PlanIntro = "Check-ins planned:";

    private const int Shown = 5;

    public static async Task SendAsync(CoachingTurn turn, OrganizationProfile organization, CancellationToken ct)
    {
        var profile = await turn.ReadProfileAsync(ct);
        var history = await turn.ReadRecentCasesAsync(Shown, ct);
        if (history.Count == 0)
        {
            await turn.Context.SendAsync(NoHistory, ct);
            return;
        }

        await turn.Context.SendAsync(HistoryIntro, ct);
        var zone = LocalTime.ZoneOrDefault(turn.Context.Activity.LocalTimezone ?? profile.TimeZone, organization.DefaultTimeZone);
        foreach (var past in history)
        {
            var date = TimeZoneInfo.ConvertTime(past.StartedAt, zone).ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
            var stage = past.Stage is { } s ? Choices.LabelOf(Choices.Stages, s).ToLowerInvariant() : "stage not given";
            var line = $"{past.Company ?? "A company"}, {past.Role ?? "role not given"}: {stage}, {date}.";
            if (past.Nudges.Count > 0)
            {
                // The plan the closing message promised to show again.
                var plan = past.Nudges.OrderBy(nudge => nudge.DueAt)
                    .Select(nudge => $"{NudgeSchedule.Describe(nudge.Kind)} ({TimeZoneInfo.ConvertTime(nudge.DueAt, zone).ToString("MMM d", CultureInfo.InvariantCulture)})");
                line += $" {PlanIntro} {string.Join("; ", plan)}.";
            }

            await (past.Draft is null
                ? turn.Context.SendAsync($"{line} No draft.", ct)
                : turn.Context.SendDraftAsync($"{line} Your final draft:", past.Draft, subject: null, ct));
        }
    }
}
