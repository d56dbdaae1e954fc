using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Dialogs;
using CoachBot.Hosting;
using CoachBot.Organizations;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching;

/// <summary>
/// How the person feels, a reflection and reframe for that feeling, advice for the stage they reached,
/// and, when the news is fresh and stings, the suggestion to wait before replying.
/// </summary>
public sealed class CheckInDialog : ComponentDialog
{
    public const string FeelingPrompt = "How are you feeling about it?";
    public const string CoolingOffPrompt = "It's usually wise not to reply in the heat of the moment. Would you like to wait {0} before sending anything?";
    public const string WaitAndRemind = "Wait, and remind me";
    public const string WaitNoReminder = "Wait, no reminder";
    public const string GoAheadNow = "Go ahead now";
    public const string WillRemind = "Good call. I'll remind you {0}. We can still shape the reply now, and you send it after the wait.";
    public const string WillWait = "Good call. We can still shape the reply now; just hold off on sending it until {0}.";
    public const string GoingAhead = "Okay, let's write it now. Give it one calm read before you send it.";

    private readonly TimeSpan coolingOff;
    private readonly OrganizationDirectory organizations;

    private readonly IReflectionWriter reflection;

    public CheckInDialog(IOptions<CoachBotOptions> options, OrganizationDirectory organizations, IReflectionWriter reflection) : base(nameof(CheckInDialog))
    {
        this.reflection = reflection;
        coolingOff = options.Value.CoolingOff;
        this.organizations = organizations;
        AddDialog(new WaterfallDialog<RejectionCase>("checkIn",
        [
            AskFeelingAsync,
            ReflectAndAdviseAsync,
            RecordCoolingOffAsync,
        ]));
        AddDialog(new ChoicePrompt("choice"));
    }

    /// <summary>A case picked up again already knows how the person felt.</summary>
    private static Task<DialogTurnResult> AskFeelingAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.Values.Feeling is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync("choice", new PromptOptions { Prompt = FeelingPrompt, Choices = FeelingChoices }, ct);

    private static readonly List<Choice> FeelingChoices = Choices.ToChoices(Choices.Feelings);

    private async Task<DialogTurnResult> ReflectAndAdviseAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        rejection.Feeling = Choices.Picked(Choices.Feelings, step.Result) ?? rejection.Feeling ?? Feeling.SomethingElse;
        // What the person typed, when it was more than a button: a reflection can answer it in their words.
        var typed = step.Result is null && step.Turn.Text.Length > 0 ? step.Turn.Text : null;
        await step.Turn.SendAsync(await reflection.ReflectAsync(rejection, typed, ct), ct);
        await step.Turn.SendAsync(StageAdvice.For(rejection, organizations.For(step.Turn.Reference).CareerOfficeOrDefault), ct);

        if (!CoolingOffAdvice.CallsForWait(rejection))
        {
            return await step.NextAsync(null, ct);
        }

        return await step.PromptAsync("choice", new PromptOptions
        {
            Prompt = string.Format(System.Globalization.CultureInfo.InvariantCulture, CoolingOffPrompt, Describe(coolingOff)),
            // It reads as a yes/no question, so a plain yes or no answers it too.
            Choices =
            [
                new Choice { Value = WaitAndRemind, Synonyms = ["yes"] },
                WaitNoReminder,
                new Choice { Value = GoAheadNow, Synonyms = ["no"] },
            ],
        }, ct);
    }

    private async Task<DialogTurnResult> RecordCoolingOffAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is FoundChoice { Value: WaitAndRemind or WaitNoReminder } wait)
        {
            var now = step.Turn.Clock.GetUtcNow();
            var remind = wait.Value == WaitAndRemind;
            var organization = organizations.For(step.Turn.Reference);
            var zone = LocalTime.ZoneFor(step.Turn.Activity, organization);
            // The wait ends when it ends; the reminder of it waits for the morning.
            var until = now + coolingOff;
            var remindAt = NudgeSchedule.OutOfQuietHours(until, zone, organization.QuietHoursStart, organization.QuietHoursEnd);
            step.Values.CoolingOff = new CoolingOff { Until = until, RemindMe = remind };
            var when = LocalTime.Describe(remind ? remindAt : until, now, zone);
            await step.Turn.SendAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, remind ? WillRemind : WillWait, when), ct);
        }
        else if (step.Result is FoundChoice)
        {
            await step.Turn.SendAsync(GoingAhead, ct);
        }

        return await step.EndDialogAsync(step.Values, ct);
    }

    private static string Describe(TimeSpan wait) =>
        wait.TotalHours >= 1 && wait.TotalHours == Math.Floor(wait.TotalHours)
            ? $"{wait.TotalHours:0} hours"
            : $"{wait.TotalMinutes:0} minutes";
}
