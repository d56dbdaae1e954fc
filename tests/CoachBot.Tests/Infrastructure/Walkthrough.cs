using CoachBot.Coaching;

namespace CoachBot.Tests.Infrastructure;

/// <summary>What the person answers to the intake questions; questions CoachBot doesn't ask are simply not answered.</summary>
public sealed record IntakeAnswers
{
    public string Company { get; init; } = "Contoso";
    public string Role { get; init; } = "Data Analyst";
    public RejectionStage Stage { get; init; } = RejectionStage.Interview;
    public HeardVia Via { get; init; } = HeardVia.Email;
    public HeardWhen When { get; init; } = HeardWhen.ThisWeek;
    public string Reason { get; init; } = IntakeDialog.NoReason;
    public string Contact { get; init; } = IntakeDialog.SkipContact;
}

/// <summary>Shortcuts through the parts of the flow a test is not about, each ending where the next part begins.</summary>
public static class Walkthrough
{
    /// <summary>Starts a case ("hi") and answers each intake question asked; returns the replies to the last answer.</summary>
    public static async Task<Replies> TellWhatHappened(this TestConversation chat, IntakeAnswers? answers = null)
    {
        var replies = await chat.Say("hi");
        return await chat.AnswerIntake(replies, answers ?? new IntakeAnswers());
    }

    /// <summary>Answers intake questions for as long as <paramref name="replies"/> ends with one.</summary>
    public static async Task<Replies> AnswerIntake(this TestConversation chat, Replies replies, IntakeAnswers answers)
    {
        for (var turns = 0; turns < 10 && AnswerTo(replies.Activities[^1].Text, answers) is { } answer; turns++)
        {
            replies = await chat.Say(answer);
        }

        return replies;
    }

    /// <summary>Answers intake questions until the summary of what CoachBot understood is asked about.</summary>
    public static async Task<Replies> AnswerIntakeUntilSummary(this TestConversation chat, Replies replies, IntakeAnswers? answers = null)
    {
        for (var turns = 0; turns < 10 && !replies.Activities[^1].Text!.StartsWith(IntakeDialog.SummaryIntro, StringComparison.Ordinal); turns++)
        {
            replies = await chat.Say(AnswerTo(replies.Activities[^1].Text, answers ?? new IntakeAnswers()) ?? throw new InvalidOperationException(replies.ToString()));
        }

        return replies;
    }

    /// <summary>Through the intake and a feeling that calls for no cooling-off, to the question what the reply should do.</summary>
    public static async Task<Replies> ReachGoal(this TestConversation chat, IntakeAnswers? answers = null)
    {
        (await chat.TellWhatHappened(answers)).Asks(CheckInDialog.FeelingPrompt);
        return (await chat.Say(Label(Choices.Feelings, Feeling.Disappointed))).Asks(ReplyDialog.GoalPrompt);
    }

    /// <summary>After "start over", through the intake to the goal question.</summary>
    public static async Task<Replies> ReachGoalAfterStartOver(this TestConversation chat, IntakeAnswers? answers = null)
    {
        (await chat.AnswerIntake(chat.LastReplies!, answers ?? new IntakeAnswers())).Asks(CheckInDialog.FeelingPrompt);
        return (await chat.Say(Label(Choices.Feelings, Feeling.Disappointed))).Asks(ReplyDialog.GoalPrompt);
    }

    /// <summary>Through to the first draft for the goal recommended at the stage.</summary>
    public static async Task<Replies> ReachFirstDraft(this TestConversation chat, IntakeAnswers? answers = null)
    {
        var goals = await chat.ReachGoal(answers);
        return (await chat.Sign(await chat.Say(goals.Buttons[0]))).Says(ReplyDialog.FirstDraftIntro).Asks(ReplyDialog.RevisePrompt);
    }

    /// <summary>Answers the question how to sign the reply, when it is asked, with its first button (the display name, or unsigned).</summary>
    public static async Task<Replies> Sign(this TestConversation chat, Replies replies) =>
        replies.Activities.Count > 0 && replies.Activities[^1].Text == ReplyDialog.SignaturePrompt
            ? await chat.Say(replies.Buttons[0])
            : replies;

    /// <summary>From the question how they feel to the end: no cooling-off, the recommended goal, the first draft, no follow-ups.</summary>
    public static async Task<RejectionCase> FinishAfterIntake(this TestConversation chat)
    {
        if (chat.LastReplies is { Activities.Count: > 0 } last && last.Activities[^1].Text?.StartsWith(IntakeDialog.SummaryIntro, StringComparison.Ordinal) == true)
        {
            await chat.ConfirmSummary(last);
        }

        // A decline has one kind of reply: its draft comes without the goal question.
        var afterFeeling = await chat.Say(Label(Choices.Feelings, Feeling.Disappointed));
        var draft = afterFeeling.Activities[^1].Text == ReplyDialog.GoalPrompt ? await chat.Say(afterFeeling.Buttons[0]) : afterFeeling;
        (await chat.Sign(draft)).Asks(ReplyDialog.RevisePrompt);
        (await chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());
        (await chat.Say(FollowUpPlanDialog.NoThanks)).Says(CoachingDialog.WrapUp).AsksNothing();
        return (await chat.History())[^1];
    }

    /// <summary>A whole case from "hi" to the wrap-up; returns it as saved in the history.</summary>
    public static async Task<RejectionCase> FinishCase(this TestConversation chat, IntakeAnswers? answers = null)
    {
        (await chat.TellWhatHappened(answers)).Asks(CheckInDialog.FeelingPrompt);
        return await chat.FinishAfterIntake();
    }

    /// <summary>The summary of what CoachBot understood is asked about; "Looks right" goes on.</summary>
    public static async Task<Replies> ConfirmSummary(this TestConversation chat, Replies replies)
    {
        Assert.StartsWith(IntakeDialog.SummaryIntro, replies.Activities[^1].Text, StringComparison.Ordinal);
        Assert.Equal([IntakeDialog.LooksRight, IntakeDialog.ChangeSomething], replies.Buttons);
        return await chat.Say(IntakeDialog.LooksRight);
    }

    public static string Label<T>(Option<T>[] options, T value) where T : struct, Enum => Choices.LabelOf(options, value);

    public static string[] Labels<T>(Option<T>[] options) where T : struct, Enum => options.Select(option => option.Label).ToArray();

    /// <summary>The follow-up offer as said for an organisation without its own career office name.</summary>
    public static string OfferPrompt(string office = "your career services office") =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, FollowUpPlanDialog.OfferPrompt, $"a counselor at {office}");

    private static string? AnswerTo(string? question, IntakeAnswers answers) => question switch
    {
        { } summary when summary.StartsWith(IntakeDialog.SummaryIntro, StringComparison.Ordinal) => IntakeDialog.LooksRight,
        IntakeDialog.ReasonPrompt => answers.Reason,
        IntakeDialog.CompanyOrEmailPrompt or IntakeDialog.CompanyPrompt => answers.Company,
        IntakeDialog.RolePrompt => answers.Role,
        IntakeDialog.StagePrompt => Label(Choices.Stages, answers.Stage),
        IntakeDialog.HeardViaPrompt => Label(Choices.HeardVia, answers.Via),
        IntakeDialog.HeardWhenPrompt or IntakeDialog.LastHeardWhenPrompt => Label(Choices.HeardWhen, answers.When),
        IntakeDialog.ContactPrompt => answers.Contact,
        _ => null,
    };
}
