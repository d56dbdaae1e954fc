using CoachBot.Conversations.Dialogs;
using CoachBot.Safety;

namespace CoachBot.Coaching;

/// <summary>
/// Every label CoachBot shows on a button, normalized as the choice recognizer compares them. A message
/// that is one of them was most likely tapped (or typed as a button would send it): it is never a name,
/// and it says nothing more than the button does.
/// </summary>
public static class ButtonLabels
{
    private static readonly HashSet<string> Labels = new(
        new[]
        {
            IntakeDialog.LooksRight, IntakeDialog.ChangeSomething, IntakeDialog.NoReason, IntakeDialog.KeepItSimple,
            ReplyDialog.LooksGood, ReplyDialog.Shorter, ReplyDialog.Warmer, ReplyDialog.MoreFormal, ReplyDialog.AddPoint,
            ReplyDialog.StartAgain, ReplyDialog.TryAgain, ReplyDialog.Unsigned, ReplyDialog.CheckMine,
            ReplyDialog.PitchYes, ReplyDialog.PitchNo, IntakeDialog.SkipContact, IntakeDialog.RatherNotSay, IntakeDialog.YesSpelling, IntakeDialog.NoSpelling,
            FollowUpPlanDialog.AllOfThem, FollowUpPlanDialog.LetMePick, FollowUpPlanDialog.NoThanks, FollowUpPlanDialog.Done,
            CoachingBot.Continue, CoachingBot.StartNew, OwnReplyDialog.UseCalmer, OwnReplyDialog.KeepMine, OwnReplyDialog.WriteWithMe,
            CheckInDialog.Guilty, CheckInDialog.Torn,
            CrisisReplies.ImOkay, CrisisReplies.ImSafe, CrisisReplies.NotOkay, CrisisReplies.NeedHelpNow,
        }
        .Concat(Choices.Feelings.Select(option => option.Label))
        .Concat(Choices.Goals.Select(option => option.Label))
        .Concat(Choices.Stages.Select(option => option.Label))
        .Concat(Choices.HeardVia.Select(option => option.Label))
        .Concat(Choices.HeardWhen.Select(option => option.Label))
        .Select(ChoiceRecognizer.Normalize),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> is one of CoachBot's button labels, in any case or punctuation.</summary>
    public static bool Contains(string text) => Labels.Contains(ChoiceRecognizer.Normalize(text));

    /// <summary>The same, for text already passed through <see cref="ChoiceRecognizer.Normalize"/>.</summary>
    public static bool ContainsNormalized(string normalized) => Labels.Contains(normalized);
}
