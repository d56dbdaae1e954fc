using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>
/// The person pastes a reply they wrote themselves; CoachBot checks it (anger, blame, begging, length),
/// says what it found and, when something is off, offers a calmer version. They keep theirs, take the
/// calmer one, or write one with CoachBot instead. Ends with the case, its draft final or not.
/// </summary>
public sealed class OwnReplyDialog : ComponentDialog
{
    public const string PastePrompt = "Paste the reply you wrote, and I'll check it before you send it.";
    public const string CalmerIntro = "Here's a calmer version:";
    public const string UseCalmer = "Use the calmer version";
    public const string KeepMine = "Keep mine";
    public const string WriteWithMe = "Write one with me";
    public const string WhichPrompt = "Which would you like to go with?";

    private readonly IReplyReviewer reviewer;

    public OwnReplyDialog(IReplyReviewer reviewer) : base(nameof(OwnReplyDialog))
    {
        this.reviewer = reviewer;
        AddDialog(new WaterfallDialog<RejectionCase>("ownReply",
        [
            AskForReplyAsync,
            ReviewAsync,
            ChooseAsync,
        ]));
        AddDialog(new TextPrompt("text"));
        AddDialog(new ChoicePrompt("choice"));
    }

    private static Task<DialogTurnResult> AskForReplyAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.PromptAsync("text", new PromptOptions { Prompt = PastePrompt }, ct);

    private async Task<DialogTurnResult> ReviewAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        var own = ((string)step.Result!).Trim();
        rejection.OwnReply = own;
        var request = new DraftRequest(rejection, rejection.Goal ?? ReplyGoal.ThankAndStayConnected, rejection.Style, ReplyDialog.SignatureOf(rejection));
        var review = await reviewer.ReviewAsync(own, request, ct);
        await step.Turn.SendAsync(review.Feedback, ct);
        List<Choice> choices = [KeepMine, WriteWithMe];
        rejection.Draft = own;
        if (review.Flagged && review.Calmer is { } calmer)
        {
            rejection.Draft = calmer;
            await step.Turn.SendAsync(ReplyDialog.DraftActivity(step.Turn.Activity, CalmerIntro, calmer), ct);
            choices.Insert(0, UseCalmer);
        }

        return await step.PromptAsync("choice", new PromptOptions { Prompt = WhichPrompt, Choices = choices }, ct);
    }

    private static async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        switch ((step.Result as FoundChoice)?.Value)
        {
            case WriteWithMe:
                rejection.Draft = null;
                break;
            case UseCalmer:
                rejection.DraftFinal = true;
                break;
            default:
                rejection.Draft = rejection.OwnReply;
                rejection.DraftFinal = true;
                break;
        }

        rejection.OwnReply = null;
        return await step.EndDialogAsync(rejection, ct);
    }
}
