using CoachBot.Conversations.Dialogs;
using CoachBot.FollowUps;
using CoachBot.Organizations;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching;

/// <summary>
/// Offers the follow-up nudges and records the ones the person wants, each with a due time outside
/// their quiet hours. They are stored as follow-up documents with the finished case, and the follow-up
/// dispatcher (<see cref="FollowUpDispatcher"/>) delivers them.
/// </summary>
public sealed class FollowUpPlanDialog : ComponentDialog
{
    public const string OfferPrompt = "Would you like me to check in with you later? I can remind you to send your reply, ask whether they answered, nudge you to reconnect with your network, tell you when it's reasonable to reapply, and suggest a session with {0}.";
    public const string AllOfThem = "All of these";
    public const string LetMePick = "Let me pick";
    public const string NoThanks = "No thanks";
    /// <summary>{0}: how choices are made on the channel ("choose", "type").</summary>
    public const string PickPromptFormat = "Which one would you like? Pick one at a time, then {0} \"Done\".";
    /// <summary>The pick question where choices are chosen (most channels).</summary>
    public const string PickPrompt = "Which one would you like? Pick one at a time, then choose \"Done\".";
    public const string PickMorePrompt = "Added. Anything else?";
    public const string Done = "Done";
    public const string NoNudges = "No problem, I won't follow up. You can come back anytime.";
    public const string PlanIntro = "Got it. I'll check in:";
    public const string PlanOutro = "Never at night. Say \"check-ins\" to see them, or \"stop all check-ins\" to cancel them.";
    /// <summary>{0}: when. After "No thanks", when the cooling-off reminder was asked for earlier.</summary>
    public const string OnlyTheReminder = "Okay, no other check-ins. I'll still remind you to review and send your reply {0}, as you asked. Say \"stop all check-ins\" if you'd rather I didn't.";

    private const string PickWaterfall = "pick";

    /// <summary>The offer's prompt: a choice prompt, so a late correction typed there is read as one (<see cref="LateCorrections"/>).</summary>
    public const string OfferPromptId = "checkInsOffer";

    private readonly OrganizationDirectory organizations;
    private readonly FollowUpOptions intervals;

    public FollowUpPlanDialog(OrganizationDirectory organizations, IOptions<FollowUpOptions> intervals) : base(nameof(FollowUpPlanDialog))
    {
        this.organizations = organizations;
        this.intervals = intervals.Value;
        AddDialog(new WaterfallDialog<RejectionCase>("plan",
        [
            OfferNudgesAsync,
            ChooseNudgesAsync,
            ConfirmPlanAsync,
        ]));
        AddDialog(new WaterfallDialog<RejectionCase>(PickWaterfall,
        [
            AskNextNudgeAsync,
            AddNudgeAsync,
        ]));
        AddDialog(new ChoicePrompt("choice"));
        AddDialog(new CheckInsOfferPrompt(OfferPromptId));
    }

    private Task<DialogTurnResult> OfferNudgesAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var office = organizations.For(step.Turn.Reference).CareerOfficeOrDefault;
        return step.PromptAsync(OfferPromptId, new PromptOptions
        {
            Prompt = string.Format(System.Globalization.CultureInfo.InvariantCulture, OfferPrompt, $"a counselor at {office}"),
            Choices = CheckInsOfferPrompt.OfferChoices,
        }, ct);
    }

    private static Task<DialogTurnResult> ChooseNudgesAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        switch ((step.Result as FoundChoice)?.Value)
        {
            case AllOfThem:
                step.Values.Nudges = Choices.Nudges.Select(option => new PlannedNudge { Kind = option.Value }).ToList();
                return step.NextAsync(step.Values, ct);
            case LetMePick when CheckInsOfferPrompt.NamedIn(step.Turn.Text) is { Count: > 0 } named:
                step.Values.Nudges = [.. named.Select(kind => new PlannedNudge { Kind = kind })];
                return step.NextAsync(step.Values, ct);
            case LetMePick:
                return step.BeginDialogAsync(PickWaterfall, step.Values, ct);
            default:
                step.Values.Nudges = [];
                return step.NextAsync(step.Values, ct);
        }
    }

    private async Task<DialogTurnResult> ConfirmPlanAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is RejectionCase picked)
        {
            step.Values = picked;
        }

        var rejection = step.Values;
        var declined = rejection.Nudges.Count == 0;
        if (rejection.CoolingOff is { RemindMe: true } && !rejection.Nudges.Any(nudge => nudge.Kind == NudgeKind.ReviewAndSend))
        {
            // The reminder promised at the cooling-off step stands, whatever else they pick.
            rejection.Nudges.Insert(0, new PlannedNudge { Kind = NudgeKind.ReviewAndSend });
        }

        if (rejection.Nudges.Count == 0)
        {
            await step.Turn.SendAsync(NoNudges, ct);
            return await step.EndDialogAsync(rejection, ct);
        }

        var organization = organizations.For(step.Turn.Reference);
        var zone = LocalTime.ZoneFor(step.Turn.Activity, organization);
        var now = step.Turn.Clock.GetUtcNow();
        foreach (var nudge in rejection.Nudges)
        {
            nudge.DueAt = NudgeSchedule.DueAt(nudge.Kind, rejection, now, zone, organization, intervals);
        }

        if (declined)
        {
            // "No thanks" to more check-ins, not to the reminder asked for before: say so, not "Got it".
            await step.Turn.SendAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, OnlyTheReminder, LocalTime.Describe(rejection.Nudges[0].DueAt, now, zone)), ct);
            return await step.EndDialogAsync(rejection, ct);
        }

        var lines = rejection.Nudges.OrderBy(nudge => nudge.DueAt)
            .Select(nudge => $"• {NudgeSchedule.Describe(nudge.Kind)}, {LocalTime.Describe(nudge.DueAt, now, zone)}");
        await step.Turn.SendAsync($"{PlanIntro}\n{string.Join('\n', lines)}\n{PlanOutro}", ct);
        return await step.EndDialogAsync(rejection, ct);
    }

    private static Task<DialogTurnResult> AskNextNudgeAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var chosen = step.Values.Nudges.Select(nudge => nudge.Kind).ToHashSet();
        if (step.Values.CoolingOff is { RemindMe: true })
        {
            // Already promised at the cooling-off step.
            chosen.Add(NudgeKind.ReviewAndSend);
        }

        var remaining = Choices.Nudges.Where(option => !chosen.Contains(option.Value)).ToList();
        if (remaining.Count == 0)
        {
            return step.EndDialogAsync(step.Values, ct);
        }

        var choices = Choices.ToChoices(remaining);
        choices.Add(Done);
        return step.PromptAsync("choice", new PromptOptions { Prompt = step.Values.Nudges.Count == 0 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, PickPromptFormat, step.Turn.ChoiceVerb) : PickMorePrompt, Choices = choices }, ct);
    }

    private static Task<DialogTurnResult> AddNudgeAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (Choices.Picked(Choices.Nudges, step.Result) is not { } kind)
        {
            return step.EndDialogAsync(step.Values, ct);
        }

        step.Values.Nudges.Add(new PlannedNudge { Kind = kind });
        return step.ReplaceDialogAsync(PickWaterfall, step.Values, ct);
    }
}
