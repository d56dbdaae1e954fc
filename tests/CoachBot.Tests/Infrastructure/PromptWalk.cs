using CoachBot.Coaching;

namespace CoachBot.Tests.Infrastructure;

/// <summary>Walks a conversation to any question of the flow, answering everything before it the usual way.</summary>
public static class PromptWalk
{
    /// <summary>Every kind of question the coaching asks, in the order the default answers reach them.</summary>
    public static readonly string[] Questions =
    [
        IntakeDialog.CompanyOrEmailPrompt,
        IntakeDialog.RolePrompt,
        IntakeDialog.StagePrompt,
        IntakeDialog.HeardViaPrompt,
        IntakeDialog.HeardWhenPrompt,
        IntakeDialog.ReasonPrompt,
        IntakeDialog.ContactPrompt,
        CheckInDialog.FeelingPrompt,
        ReplyDialog.GoalPrompt,
        ReplyDialog.RevisePrompt,
        ReplyDialog.AddPointPrompt,
        Walkthrough.OfferPrompt(),
    ];

    /// <summary>From "hi" to the moment CoachBot asks <paramref name="question"/>.</summary>
    public static async Task<Replies> ReachQuestion(this TestConversation chat, string question)
    {
        var replies = await chat.Say("hi");
        for (var turns = 0; turns < 20 && Asked(replies) != question; turns++)
        {
            replies = await chat.Say(AnswerTo(replies, question));
        }

        return replies.Asks(question);
    }

    /// <summary>Answers every question the usual way until the wrap-up.</summary>
    public static async Task<Replies> AnswerToTheEnd(this TestConversation chat, Replies replies)
    {
        for (var turns = 0; turns < 20 && !replies.Texts.Contains(CoachingDialog.WrapUp); turns++)
        {
            replies = await chat.Say(AnswerTo(replies, target: null));
        }

        return replies.Says(CoachingDialog.WrapUp);
    }

    private static string? Asked(Replies replies) => replies.Activities.Count == 0 ? null : replies.Activities[^1].Text;

    private static string AnswerTo(Replies replies, string? target) => Asked(replies) switch
    {
        IntakeDialog.CompanyOrEmailPrompt or IntakeDialog.CompanyPrompt => "Contoso",
        IntakeDialog.RolePrompt => "Data Analyst",
        // Past the application stage, so that CoachBot asks for a contact name too.
        IntakeDialog.StagePrompt => "Interview",
        IntakeDialog.ContactPrompt => "Jordan Lee",
        IntakeDialog.ReasonPrompt => "They wanted more SQL experience",
        CheckInDialog.FeelingPrompt => "Disappointed",
        ReplyDialog.RevisePrompt => target == ReplyDialog.AddPointPrompt ? ReplyDialog.AddPoint : ReplyDialog.LooksGood,
        ReplyDialog.AddPointPrompt => "I'm still keen on the analytics team.",
        var other when other == Walkthrough.OfferPrompt() => FollowUpPlanDialog.NoThanks,
        _ => replies.Buttons.Count > 0 ? replies.Buttons[0] : throw new InvalidOperationException($"No usual answer to: {Asked(replies)}"),
    };
}
