using System.Text.Json;
using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Privacy;
using CoachBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching;

/// <summary>
/// Co-writing the reply: the person picks what it should do, hears the risk of a last pitch, and
/// revises the draft (shorter, warmer, more formal, a point in their own words, start again) until it is
/// ready to copy. CoachBot never sends it for them.
/// </summary>
public sealed partial class ReplyDialog : ComponentDialog
{
    /// <summary>The draft's attachment type, as the neutral draft reply defines it.</summary>
    public const string DraftContentType = ActivityReplies.DraftContentType;

    public const string GoalPrompt = "What would you like your reply to do?";
    public const string PitchRiskPrompt = "A last pitch can work, but it carries a risk: some hiring teams read it as not accepting their decision, and it rarely reverses one. Keep it short and gracious. Still want to go for it?";
    public const string PitchYes = "Yes, write it";
    public const string PitchNo = "No, pick another";
    public const string FirstDraftIntro = "Here's a first draft:";
    public const string RevisedDraftIntro = "Here's the new version:";
    public const string RevisePrompt = "How does it look?";
    public const string LooksGood = "Looks good";
    public const string Shorter = "Shorter";
    public const string Warmer = "Warmer";
    public const string MoreFormal = "More formal";
    public const string AddPoint = "Add a point";
    public const string StartAgain = "Start again";
    public const string AddPointPrompt = "What would you like to add? Use your own words, and I'll keep them as you write them.";
    public const string FinalDraft = "Here it is, ready to copy. You send it yourself, from your own e-mail, whenever you're ready.";
    public const string FinalDraftAfterWait = "Here it is, ready to copy. Hold it until your wait is over, then send it from your own e-mail.";
    public const string DraftFailed = "I couldn't write the draft just now. Everything you've told me is saved.";
    public const string TryAgain = "Try again";
    public const string TryAgainPrompt = "Shall I try again?";
    public const string TryAgainOrKeepPrompt = "Shall I try again, or keep the last version?";
    public const string StrengthsPrompt = "What should the pitch highlight? Give me one or two strengths in your own words (for example, a project you're proud of), and I'll use them as you write them.";
    public const string SignaturePrompt = "How should I sign your reply? Tell me the name you'd like at the bottom.";
    public const string Unsigned = "Leave it unsigned";
    public const string Corrected = "Got it, I've updated that and rewritten the draft.";
    public const string SubjectLead = "Subject line, if you write a new e-mail:";
    public const string CheckMine = "Check my own reply";
    public const string CantDoThat = "I can't make that change on my own. Tap Shorter, Warmer, More formal or Add a point, or say it another way.";
    /// <summary>Said instead of adding a point that is about how the person is doing: nothing of it goes into the draft.</summary>
    public const string NotForTheEmployer = "That doesn't sound like something for the employer, so I've left it out of the reply. How are you doing? If it's a lot right now, say \"help now\" for people you can talk to. Or you can add something about the role instead.";

    /// <summary>Said instead of adding a point typed as in a chat ("kinda", "gonna"): the letter carries words the person would send.</summary>
    public const string ChatPointLeftOut = "I've left that out of the letter: it reads like a chat message, and the letter should sound like you writing to them. Say it the way you'd write it, or add it yourself before you send it.";

    /// <summary>The name to sign with: its own prompt, so a correction of the facts typed there is read as one (<see cref="LateCorrections"/>).</summary>
    public const string SignaturePromptId = "signature";
    /// <summary>The goal question: its own prompt, so a sentence is read for what it asks the reply to do (<see cref="ReplyGoalPrompt"/>).</summary>
    public const string GoalPromptId = "goalChoice";
    private const string GoalWaterfall = "goal";
    /// <summary>The question how to sign the reply; a waterfall that holds the case (<see cref="ActiveCase"/>).</summary>
    public const string SignatureWaterfall = "signature-name";
    private const string RevisionWaterfall = "revision";
    /// <summary>The revision question again, over the draft already shown (nothing changed); a waterfall that holds the case (<see cref="ActiveCase"/>).</summary>
    public const string AskAgainWaterfall = "reviseAgain";

    private static readonly List<Choice> RevisionChoices = [LooksGood, Shorter, Warmer, MoreFormal, AddPoint, CheckMine, StartAgain];

    private readonly IReplyDrafter drafter;
    private readonly IMessageReader reader;
    private readonly ILogger<ReplyDialog> logger;

    public ReplyDialog(IReplyDrafter drafter, IMessageReader reader, OwnReplyDialog ownReply, ILogger<ReplyDialog> logger) : base(nameof(ReplyDialog))
    {
        this.drafter = drafter;
        this.reader = reader;
        this.logger = logger;
        AddDialog(new WaterfallDialog<RejectionCase>(GoalWaterfall,
        [
            AskGoalAsync,
            WeighPitchRiskAsync,
            AskStrengthsAsync,
            TakeStrengthsAsync,
        ]));
        // Asked once the person knows what the reply is for and before the first draft: the name at its foot.
        AddDialog(new WaterfallDialog<RejectionCase>(SignatureWaterfall,
        [
            AskSignatureAsync,
            TakeSignatureAsync,
        ]));
        AddDialog(new WaterfallDialog<RejectionCase>(RevisionWaterfall,
        [
            ShowDraftAsync,
            ApplyRevisionAsync,
            TakeAnswerAsync,
        ]));
        AddDialog(new WaterfallDialog<RejectionCase>(AskAgainWaterfall,
        [
            AskRevisionAsync,
            ApplyRevisionAsync,
            TakeAnswerAsync,
        ]));
        AddDialog(ownReply);
        AddDialog(new ChoicePrompt("choice"));
        AddDialog(new ReplyGoalPrompt(GoalPromptId));
        AddDialog(new ConfirmPrompt("confirm"));
        AddDialog(new TextPrompt("text"));
        AddDialog(new TextPrompt(SignaturePromptId));
        // Buttons, a correction in plain words ("his name is Tom"), or any change the person types ("make it friendlier").
        AddDialog(new TextPrompt("revise"));
    }

    /// <summary>The name to sign with, or unsigned; an answer without a usable name asks the question again, and only it.</summary>
    private static async Task<DialogTurnResult> TakeSignatureAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is string signature)
        {
            var unsigned = ChoiceRecognizer.RecognizeWords(signature, [new Choice { Value = Unsigned, Synonyms = ["unsigned", "no name", "none", "skip", "no"] }]) is not null;
            // "yes" says they want it signed, not with what; any other answer without a name is no name either.
            var agreed = !unsigned && Signature.IsAgreementOnly(signature);
            var name = unsigned ? string.Empty : agreed ? null : Signature.NameIn(signature);
            if (name is null)
            {
                await step.Turn.SendAsync(agreed ? Signature.NameNeeded : Signature.NoNameFound, ct);
                return await step.ReplaceDialogAsync(SignatureWaterfall, step.Values, ct);
            }

            if (name.Length > 0 && Signature.NamesTheContact(name, step.Values.ContactName))
            {
                await step.Turn.SendAsync(Signature.IsTheContact(name), ct);
                return await step.ReplaceDialogAsync(SignatureWaterfall, step.Values, ct);
            }

            step.Values.SignatureName = name;
        }

        return await step.ReplaceDialogAsync(RevisionWaterfall, step.Values, ct);
    }

    private static async Task<DialogTurnResult> AskGoalAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var goals = StageAdvice.GoalsFor(step.Values);
        if (goals.Count == 1)
        {
            // A decline has one kind of reply: a question with a single answer asks nothing.
            return await step.NextAsync(null, ct);
        }

        var options = Choices.Goals.Where(option => goals.Contains(option.Value)).OrderBy(option => IndexOf(goals, option.Value));
        return await step.PromptAsync(GoalPromptId, new PromptOptions { Prompt = GoalPrompt, Choices = Choices.ToChoices(options) }, ct);
    }

    private static Task<DialogTurnResult> WeighPitchRiskAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        step.Values.Goal = Choices.Picked(Choices.Goals, step.Result) ?? StageAdvice.GoalsFor(step.Values)[0];
        return step.Values.Goal == ReplyGoal.OneLastPitch
            ? step.PromptAsync("confirm", new PromptOptions { Prompt = PitchRiskPrompt, Choices = [PitchYes, PitchNo] }, ct)
            : step.NextAsync(true, ct);
    }

    /// <summary>A pitch is only worth making with the person's own strengths in it, never invented ones.</summary>
    private static Task<DialogTurnResult> AskStrengthsAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is not true)
        {
            return step.ReplaceDialogAsync(GoalWaterfall, step.Values, ct);
        }

        return step.Values.Goal == ReplyGoal.OneLastPitch && step.Values.Style.OwnPoints.Count == 0
            ? step.PromptAsync("text", new PromptOptions { Prompt = StrengthsPrompt }, ct)
            : step.NextAsync(null, ct);
    }

    /// <summary>Asked once, after the goal: the channel's display name is offered when it is a real one.</summary>
    private static Task<DialogTurnResult> AskSignatureAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Values.SignatureName is not null)
        {
            return step.NextAsync(null, ct);
        }

        // The name a pasted e-mail greeted them by first: it is the one the employer knows.
        List<Choice> choices = [.. new[] { step.Values.NameInEmail, DisplayName(step) }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Select(name => (Choice)name), Unsigned];
        return step.PromptAsync(SignaturePromptId, new PromptOptions { Prompt = SignaturePrompt, Choices = choices }, ct);
    }

    private static async Task<DialogTurnResult> TakeStrengthsAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is string strengths && !AnswerCheck.IsNotKnown(strengths) && ChoiceRecognizer.Normalize(strengths).Length > 0)
        {
            if (FieldShape.IsPointForEmployer(strengths) && ChatRegister.Shape(strengths) is null)
            {
                await step.Turn.SendAsync(ChatPointLeftOut, ct);
            }
            else if (FieldShape.IsPointForEmployer(strengths))
            {
                step.Values.Style.OwnPoints.Add(strengths);
            }
            else
            {
                await step.Turn.SendAsync(NotForTheEmployer, ct);
            }
        }

        return await step.ReplaceDialogAsync(SignatureWaterfall, step.Values, ct);
    }

    private static Task<DialogTurnResult> AskRevisionAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.PromptAsync("revise", new PromptOptions { Prompt = RevisePrompt, Choices = RevisionChoices }, ct);

    private async Task<DialogTurnResult> ShowDraftAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        var intro = rejection.Draft is null ? FirstDraftIntro : RevisedDraftIntro;
        var request = new DraftRequest(rejection, rejection.Goal!.Value, rejection.Style, SignatureOf(rejection));
        IReplyStream? stream = null;
        try
        {
            if (drafter is IStreamingReplyDrafter streaming)
            {
                stream = step.Turn.OpenStream();
                rejection.Draft = await streaming.StreamAsync(request, stream.AppendAsync, ct);
            }
            else
            {
                rejection.Draft = await drafter.DraftAsync(request, ct);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The previous draft and every detail stay in state; the person can retry or keep the last version.
            LogDraftingFailed(rejection.Goal, ExceptionSummary.Of(exception));
            await step.Turn.SendAsync(DraftFailed, ct);
            List<Choice> choices = rejection.Draft is null ? [TryAgain] : [TryAgain, LooksGood];
            return await step.PromptAsync("choice", new PromptOptions { Prompt = rejection.Draft is null ? TryAgainPrompt : TryAgainOrKeepPrompt, Choices = choices }, ct);
        }

        var shown = DraftActivity(step.Turn.Activity, intro, rejection.Draft);
        await (stream is null ? step.Turn.SendAsync(shown, ct) : step.Turn.SendAsync(shown, stream, ct));
        if (intro == FirstDraftIntro && !drafter.FollowsInstructions && DeclineReasons.LeavesOut(rejection, request.Goal))
        {
            // The person's reason had no kind the letter can word for them: it is theirs to add, never pasted.
            await step.Turn.SendAsync(DeclineReasons.LeftToYou, ct);
        }

        return await step.PromptAsync("revise", new PromptOptions { Prompt = RevisePrompt, Choices = RevisionChoices }, ct);
    }

    private async Task<DialogTurnResult> ApplyRevisionAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        var choice = rejection.Draft is null ? TryAgain : step.Result switch
        {
            FoundChoice found => found.Value,
            // "make it shorter and just say Dear Priya", "warmer, and take out the last line" ask for more than a button does.
            string text when !TypedRevision.AsksMoreThanAButton(text) => ChoiceRecognizer.Recognize(text, RevisionChoices)?.Value,
            _ => null,
        };
        if (choice is null && step.Result is string typed)
        {
            // Read before anything of it is used: words about how the person is doing are for them, not
            // for the draft, nor for a model to weave in.
            if (PersonalText.IsAboutWellbeing(typed))
            {
                return await NotForTheEmployerAsync(step, ct);
            }

            // A change the built-in drafter knows ("shorter", "mention my portfolio") first, then a
            // correction of the facts in correction words ("his name is Tom": "moving in March" is
            // something to mention, not a new date), else the words as they are, for a model.
            var reading = TypedRevision.ApplyTo(rejection, typed);
            if (!reading.Understood && GoalChangeIn(rejection, typed) is { } goal)
            {
                // "actually i'd rather just ask for feedback": the same letter's facts, written for the other goal.
                rejection.Goal = goal;
                return await step.ReplaceDialogAsync(RevisionWaterfall, rejection, ct);
            }

            if (!reading.Understood && CaseDetails.IsCorrection(typed) && await reader.ReadAsync(typed, ct) is var details && CaseDetails.HasAny(details))
            {
                // A role that looks misspelt is asked about and left out of the draft.
                var changed = CaseDetails.MergeLate(rejection, details, out var spellingQuestion);
                if (changed)
                {
                    await step.Turn.SendAsync(Corrected, ct);
                }

                if (spellingQuestion is not null)
                {
                    await step.Turn.SendAsync(spellingQuestion, ct);
                }

                return await step.ReplaceDialogAsync(changed ? RevisionWaterfall : AskAgainWaterfall, rejection, ct);
            }

            return await ReviseAsTypedAsync(step, typed, reading, ct);
        }

        return await ApplyChoiceAsync(step, choice, ct);
    }

    private static async Task<DialogTurnResult> ApplyChoiceAsync(WaterfallStepContext<RejectionCase> step, string? choice, CancellationToken ct)
    {
        var rejection = step.Values;
        switch (choice)
        {
            case Shorter:
                rejection.Style.Short = true;
                break;
            case Warmer:
                rejection.Style.Tone = DraftTone.Warm;
                break;
            case MoreFormal:
                rejection.Style.Tone = DraftTone.Formal;
                break;
            case AddPoint:
                return await step.PromptAsync("text", new PromptOptions { Prompt = AddPointPrompt }, ct);
            case StartAgain:
                // A fresh start reads differently, not just the same draft again.
                rejection.Style = new DraftStyle { Variant = rejection.Style.Variant + 1 };
                rejection.Draft = null;
                rejection.Goal = null;
                return await step.ReplaceDialogAsync(GoalWaterfall, rejection, ct);
            case CheckMine:
                return await step.BeginDialogAsync(nameof(OwnReplyDialog), rejection, ct);
            case TryAgain:
                break;
            default:
                // "Looks good", or no usable answer after the retries: keep the draft as it is.
                return await FinishAsync(step, rejection, ct);
        }

        return await step.ReplaceDialogAsync(RevisionWaterfall, rejection, ct);
    }

    /// <summary>
    /// A change in the person's own words: the style changes the built-in drafter recognises, and the
    /// words themselves for a drafter that follows them.
    /// </summary>
    private async Task<DialogTurnResult> ReviseAsTypedAsync(WaterfallStepContext<RejectionCase> step, string typed, RevisionReading reading, CancellationToken ct)
    {
        var style = step.Values.Style;
        if (drafter.FollowsInstructions)
        {
            TypedRevision.Remember(style, typed);
        }
        else if (!reading.Understood)
        {
            // Nothing changed: the question again over the draft already shown, never "the new version" of it.
            await step.Turn.SendAsync(CantDoThat, ct);
            return await step.ReplaceDialogAsync(AskAgainWaterfall, step.Values, ct);
        }
        else
        {
            // A part taken out stays out of every later version, whatever else changes.
            foreach (var kept in reading.Kept)
            {
                TypedRevision.Remember(style, kept);
            }

            if (reading.NotDone.Count > 0)
            {
                // Two changes asked for and one done: the other is never dropped without a word.
                await step.Turn.SendAsync(PartlyDone(reading.NotDone), ct);
            }
        }

        return await step.ReplaceDialogAsync(RevisionWaterfall, step.Values, ct);
    }

    /// <summary>
    /// Another of the case's goals, asked for in the person's words over a draft; a pitch is left out, since it needs
    /// the person's strengths asked first.
    /// </summary>
    private static ReplyGoal? GoalChangeIn(RejectionCase rejection, string typed) =>
        ReplyGoalPrompt.InOwnWords(typed, [.. StageAdvice.GoalsFor(rejection).Where(goal => goal != rejection.Goal && goal != ReplyGoal.OneLastPitch)]);

    /// <summary>Said before the new version when some of the typed changes were made and these were not.</summary>
    internal static string PartlyDone(IReadOnlyList<string> notDone) =>
        $"I made the other changes, but not {(notDone.Count == 1 ? "this one" : "these")}, which I can't do on my own: {string.Join("; ", notDone.Select(clause => $"\"{clause}\""))}. You can change that yourself before you send it.";

    /// <summary>
    /// A point to add, read before it is used, or the case back from checking the person's own reply. A
    /// button's label is never a point: "Looks good" there means the draft is fine.
    /// </summary>
    private static async Task<DialogTurnResult> TakeAnswerAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        switch (step.Result)
        {
            case string label when ButtonLabels.Contains(label):
                // Those that would ask something of their own (a point, a check) are offered again with the draft as it is.
                return ChoiceRecognizer.Recognize(label, RevisionChoices)?.Value is { } choice && choice is not (AddPoint or CheckMine)
                    ? await ApplyChoiceAsync(step, choice, ct)
                    : await step.ReplaceDialogAsync(AskAgainWaterfall, step.Values, ct);
            case string point when !FieldShape.IsPointForEmployer(point):
                return await NotForTheEmployerAsync(step, ct);
            case string point when ChatRegister.Shape(point) is null:
                await step.Turn.SendAsync(ChatPointLeftOut, ct);
                return await step.ReplaceDialogAsync(AskAgainWaterfall, step.Values, ct);
            case string point:
                step.Values.Style.OwnPoints.Add(point);
                break;
            case RejectionCase { DraftFinal: true } reviewed:
                return await FinishAsync(step, reviewed, ct);
            case RejectionCase reviewed:
                step.Values = reviewed;
                break;
        }

        return await step.ReplaceDialogAsync(RevisionWaterfall, step.Values, ct);
    }

    /// <summary>Nothing is added: a kind word, and the revision question over the draft as it was.</summary>
    private static async Task<DialogTurnResult> NotForTheEmployerAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        await step.Turn.SendAsync(NotForTheEmployer, ct);
        return await step.ReplaceDialogAsync(AskAgainWaterfall, step.Values, ct);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<RejectionCase> step, RejectionCase rejection, CancellationToken ct)
    {
        rejection.DraftFinal = true;
        var done = rejection.CoolingOff is null ? FinalDraft : FinalDraftAfterWait;
        await step.Turn.SendAsync(DraftActivity(step.Turn.Activity, done, rejection.Draft!), ct);
        if (rejection.HeardVia != HeardVia.Call)
        {
            await step.Turn.SendAsync($"{SubjectLead} {DraftSubject.For(rejection)}", ct);
        }

        return await step.EndDialogAsync(rejection, ct);
    }

    /// <summary>The draft as its own attachment, so every channel can show it as something to copy.</summary>
    public static Attachment DraftAttachment(string draft) =>
        new() { ContentType = DraftContentType, Content = JsonSerializer.SerializeToElement(new { text = draft }) };

    internal static Activity DraftActivity(Activity inbound, string text, string draft)
    {
        var activity = inbound.CreateReply(text);
        activity.Attachments = [DraftAttachment(draft)];
        return activity;
    }

    /// <summary>The person's display name from the channel, unless it is a generic label such as the web chat's "You".</summary>
    private static string? DisplayName(WaterfallStepContext<RejectionCase> step) =>
        step.Turn.Activity.From?.Name is { Length: > 0 } name && !GenericNames.Contains(name.Trim()) && Names.Person(name) is { } person ? person : null;

    /// <summary>The name the person chose to sign with; null for an unsigned draft.</summary>
    internal static string? SignatureOf(RejectionCase rejection) => rejection.SignatureName is { Length: > 0 } signed ? signed : null;

    private static readonly HashSet<string> GenericNames = new(StringComparer.OrdinalIgnoreCase) { "You", "User", "Me" };

    // The goal only: the request and the draft carry the person's words, and so may the exception's message.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Drafting failed for goal {Goal}. {ExceptionSummary}")]
    private partial void LogDraftingFailed(ReplyGoal? goal, string exceptionSummary);

    private static int IndexOf(IReadOnlyList<ReplyGoal> goals, ReplyGoal goal)
    {
        for (var i = 0; i < goals.Count; i++)
        {
            if (goals[i] == goal) return i;
        }

        return goals.Count;
    }
}
