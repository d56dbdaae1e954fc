using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Dialogs;
using CoachBot.Hosting;
using CoachBot.Organizations;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching;

/// <summary>
/// How the person feels (in their own words when no button fits), a reflection and reframe for that
/// feeling, advice for the stage they reached, and, when the news is fresh and stings, the suggestion to
/// wait before replying.
/// </summary>
public sealed class CheckInDialog : ComponentDialog
{
    public const string FeelingPrompt = "How are you feeling about it?";
    public const string OwnWordsPrompt = "That's okay, not every feeling fits a button. What is it, in your own words? A word or two is plenty.";
    public const string CoolingOffPrompt = "It's usually wise not to reply in the heat of the moment. Would you like to wait {0} before sending anything?";
    public const string WaitAndRemind = "Wait, and remind me";
    public const string WaitNoReminder = "Wait, no reminder";
    public const string GoAheadNow = "Go ahead now";
    public const string WillRemind = "Good call. I'll remind you {0}. We can still shape the reply now, and you send it after the wait.";
    public const string WillWait = "Good call. We can still shape the reply now; just hold off on sending it until {0}.";
    /// <summary>The feeling question's prompt: a choice prompt, so a correction of the facts typed there is read as one (<see cref="LateCorrections"/>).</summary>
    public const string FeelingPromptId = "feeling";
    /// <summary>The feeling in the person's own words: its own prompt, so a message held by the safety check is read as its answer (CoachingBot).</summary>
    public const string OwnWordsPromptId = "ownWords";
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
            AskOwnWordsAsync,
            ReflectAndAdviseAsync,
            RecordCoolingOffAsync,
        ]));
        AddDialog(new ChoicePrompt("choice"));
        AddDialog(new FeelingPrompt(FeelingPromptId));
        AddDialog(new TextPrompt("text"));
        AddDialog(new TextPrompt(OwnWordsPromptId));
    }

    /// <summary>A case picked up again, or a story that said it, already knows how the person feels.</summary>
    private static Task<DialogTurnResult> AskFeelingAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.Values.Feeling is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(FeelingPromptId, new PromptOptions { Prompt = FeelingPrompt, Choices = FeelingChoicesFor(step.Values) }, ct);

    public const string Guilty = "Guilty";
    public const string Torn = "Torn";

    private static readonly List<Choice> FeelingChoices = Choices.ToChoices(Choices.Feelings);

    /// <summary>
    /// Saying no to an offer is the person's own decision: relief, guilt and being torn fit it, anger and self-doubt at a
    /// no do not. Guilt and being torn are feelings in their own words (<see cref="FeelingInOwnWords"/>), so their buttons
    /// are answered as "Something else" said in those words.
    /// </summary>
    private static readonly List<Choice> DeclineFeelingChoices =
    [
        .. FeelingChoices.Where(choice => choice.Value == Choices.LabelOf(Choices.Feelings, Feeling.Relieved)),
        new Choice { Value = Guilty },
        new Choice { Value = Torn },
        .. FeelingChoices.Where(choice => choice.Value == Choices.LabelOf(Choices.Feelings, Feeling.SomethingElse)),
    ];

    private static List<Choice> FeelingChoicesFor(RejectionCase rejection) =>
        rejection.Situation == Situation.DeclinedOffer ? DeclineFeelingChoices : FeelingChoices;

    /// <summary>
    /// "Something else" is asked about: what it is, in the person's words. A feeling typed at the first
    /// question ("numb") is already in their words and goes on as it is.
    /// </summary>
    private static Task<DialogTurnResult> AskOwnWordsAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        var picked = Choices.Picked(Choices.Feelings, step.Result);
        rejection.Feeling = picked ?? rejection.Feeling ?? Feeling.SomethingElse;
        var text = step.Turn.Text;
        if (picked == Feeling.SomethingElse && FeelingInOwnWords.NamesNoFeelingYet(text))
        {
            return step.PromptAsync(OwnWordsPromptId, new PromptOptions { Prompt = OwnWordsPrompt, Choices = [IntakeDialog.RatherNotSay] }, ct);
        }

        // What the person typed at the question, when it was more than a button: a reflection can answer it in
        // their words. A feeling known before (said in the story, or a case picked up again) was not typed now.
        // A button that names a shade of feeling ("Guilty") is said in words too.
        var typed = text.Length > 0 && picked == Feeling.SomethingElse
            && (!ButtonLabels.Contains(text) || FeelingInOwnWords.ShadeOf(text) != FeelingShade.Unnamed) ? text : null;
        return step.NextAsync(typed, ct);
    }

    private async Task<DialogTurnResult> ReflectAndAdviseAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        // The person's own words are read in this turn and never kept: only the feeling they name is.
        var typed = step.Result as string;
        if (typed is not null && (AnswerCheck.IsNotKnown(typed) || AnswerCheck.IsRatherNotSay(typed) || FeelingInOwnWords.NamesNoFeelingYet(typed)))
        {
            typed = null;
        }
        else if (typed is not null && rejection.Feeling == Feeling.SomethingElse && FeelingInOwnWords.KnownFeeling(typed) is { } known)
        {
            rejection.Feeling = known;
        }

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

    // A short cooling-off is for trying the reminder out locally; it still reads as a sentence.
    private static string Describe(TimeSpan wait) => wait switch
    {
        { TotalHours: >= 1 } when wait.TotalHours == Math.Floor(wait.TotalHours) => Count((int)wait.TotalHours, "hour"),
        { TotalMinutes: >= 1 } => Count((int)Math.Round(wait.TotalMinutes), "minute"),
        _ => Count(Math.Max(1, (int)Math.Round(wait.TotalSeconds)), "second"),
    };

    private static string Count(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
