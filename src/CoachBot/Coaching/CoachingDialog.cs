using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>
/// The whole coaching conversation, in order: what happened, how it feels, the reply, the follow-ups.
/// Ends with the finished <see cref="RejectionCase"/>, which the bot keeps in the person's history.
/// </summary>
public sealed class CoachingDialog : ComponentDialog
{
    public const string WrapUp = "That's everything for now. Facing it and replying well is the hard part, and you've done it. Say \"history\" to see this again, or \"start over\" if there's another one.";

    public CoachingDialog(IntakeDialog intake, CheckInDialog checkIn, ReplyDialog reply, FollowUpPlanDialog followUpPlan)
        : base(nameof(CoachingDialog))
    {
        AddDialog(new WaterfallDialog<RejectionCase>("coaching",
        [
            IntakeAsync,
            CheckInAsync,
            ReplyAsync,
            FollowUpPlanAsync,
            WrapUpAsync,
        ]));
        AddDialog(intake);
        AddDialog(checkIn);
        AddDialog(reply);
        AddDialog(followUpPlan);
    }

    private static Task<DialogTurnResult> IntakeAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        step.Values.StartedAt = step.Turn.Clock.GetUtcNow();
        return step.BeginDialogAsync(nameof(IntakeDialog), step.Values, ct);
    }

    private static Task<DialogTurnResult> CheckInAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.BeginDialogAsync(nameof(CheckInDialog), TakeResult(step), ct);

    private static Task<DialogTurnResult> ReplyAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.BeginDialogAsync(nameof(ReplyDialog), TakeResult(step), ct);

    private static Task<DialogTurnResult> FollowUpPlanAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.BeginDialogAsync(nameof(FollowUpPlanDialog), TakeResult(step), ct);

    private static async Task<DialogTurnResult> WrapUpAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var finished = TakeResult(step);
        await step.Turn.SendAsync(WrapUp, ct);
        return await step.EndDialogAsync(finished, ct);
    }

    /// <summary>Each part works on its own copy of the case and hands back the updated one.</summary>
    private static RejectionCase TakeResult(WaterfallStepContext<RejectionCase> step)
    {
        if (step.Result is RejectionCase updated)
        {
            step.Values = updated;
        }

        return step.Values;
    }
}
