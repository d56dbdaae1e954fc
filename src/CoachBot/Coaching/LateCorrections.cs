using System.Globalization;
using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;

namespace CoachBot.Coaching;

/// <summary>
/// A correction of the facts in plain words ("actually it was the final round", "his name is Tom") typed
/// after the summary, at a question answered with a choice (how they feel, the goal, the check-ins) or
/// with the name to sign with. There the choice would only be asked again, or the sentence taken for a
/// name; instead the correction goes into the case, a final draft is rewritten with it, and the
/// question follows. The revision prompt reads corrections itself, and free-text questions (a pasted
/// reply, strengths) keep what the person wrote as it is.
/// </summary>
public sealed class LateCorrections(IMessageReader reader, IReplyDrafter drafter)
{
    public const string UpdatedFormat = "Got it, I've updated that: {0}.";
    public const string UpdatedDraft = "Got it, I've updated that and rewritten your reply:";

    /// <summary>The prompts that take a choice, by the id every coaching dialog gives them, and the feeling, signature, goal and check-ins questions.</summary>
    private static readonly HashSet<string> ChoicePrompts = new(StringComparer.Ordinal) { "choice", "confirm", CheckInDialog.FeelingPromptId, ReplyDialog.SignaturePromptId, ReplyDialog.GoalPromptId, FollowUpPlanDialog.OfferPromptId };

    /// <returns>Whether the message was a correction, now applied and acknowledged.</returns>
    public async Task<bool> TryApplyAsync(CoachingTurn turn, CancellationToken ct)
    {
        var text = turn.Context.Text;
        var stack = turn.Dialogs.Stack;
        if (!CaseDetails.IsCorrection(text)
            || ActiveCase.Find(stack) is not { DetailsConfirmed: true } rejection
            || ActiveCase.InnermostDialogId(stack) is not { } prompt || !ChoicePrompts.Contains(prompt))
        {
            return false;
        }

        var details = await reader.ReadAsync(text, ct);
        if (!CaseDetails.HasAny(details))
        {
            return false;
        }

        var changed = CaseDetails.MergeLate(rejection, details, out var spellingQuestion);
        if (spellingQuestion is not null)
        {
            // A role that looks misspelt is asked about, never put into the case or a draft.
            await turn.Context.SendAsync(spellingQuestion, ct);
            if (!changed)
            {
                await turn.Dialogs.RepromptDialogAsync(ct);
                return true;
            }
        }
        else if (!changed)
        {
            return false;
        }

        if (rejection is { DraftFinal: true, Draft: not null, Goal: { } goal })
        {
            rejection.Draft = await drafter.DraftAsync(new DraftRequest(rejection, goal, rejection.Style, ReplyDialog.SignatureOf(rejection)), ct);
            await turn.Context.SendAsync(ReplyDialog.DraftActivity(turn.Context.Activity, UpdatedDraft, rejection.Draft), ct);
        }
        else
        {
            await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, UpdatedFormat, IntakeDialog.Summary(rejection)), ct);
        }

        await turn.Dialogs.RepromptDialogAsync(ct);
        return true;
    }
}
