using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching.Scenarios;

/// <summary>
/// One student's story, told in one or more messages, and what CoachBot must make of it. The answers to
/// any question CoachBot still asks come from the same facts, so a question asked wrongly shows up as a
/// question asked (<see cref="Told"/>), not as a missing fact.
/// </summary>
public sealed record Scenario(
    string Name,
    string[] Messages,
    Feeling Feeling,
    string Company,
    string Role,
    RejectionStage? Stage,
    Situation Situation,
    string Told,
    string? Contact = null,
    string? Reason = null,
    ReplyGoal? Goal = null)
{
    /// <summary>The details the story itself tells, so CoachBot must not ask them: C company, R role, S stage, V how, W when, X contact.</summary>
    public bool Tells(char detail) => Told.Contains(detail, StringComparison.Ordinal);

    public override string ToString() => Name;
}

/// <summary>What came of walking one scenario through the real bot.</summary>
public sealed record ScenarioResult(Scenario Scenario, RejectionCase Case, IReadOnlyList<string> Questions, IReadOnlyList<string> Drafts, IReadOnlyList<string> Said);

/// <summary>Walks a scenario from its first message to the wrap-up, answering as the student would.</summary>
public static class ScenarioWalk
{
    private const int MaxTurns = 30;

    public static async Task<ScenarioResult> RunAsync(Scenario scenario)
    {
        await using var chat = TestConversation.Start();
        chat.UserName = "Sam Rivera";
        var questions = new List<string>();
        var drafts = new List<string>();
        var said = new List<string>();
        Replies replies = null!;
        foreach (var message in scenario.Messages)
        {
            replies = await chat.Say(message);
            Record(replies);
        }

        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var question = replies.Activities[^1].Text ?? string.Empty;
            if (replies.Activities[^1].InputHint != Conversations.Activities.InputHints.ExpectingInput)
            {
                break;
            }

            questions.Add(question);
            replies = await chat.Say(Answer(scenario, question, replies));
            Record(replies);
        }

        var history = await chat.History();
        Assert.True(history.Count == 1, $"{scenario}: the case did not finish. Questions: {string.Join(" | ", questions)}. Said: {string.Join(" | ", said)}");
        return new ScenarioResult(scenario, history[0], questions, drafts, said);

        void Record(Replies r)
        {
            drafts.AddRange(r.Drafts);
            said.AddRange(r.Texts);
        }
    }

    private static string Answer(Scenario scenario, string question, Replies replies) => question switch
    {
        IntakeDialog.CompanyOrEmailPrompt or IntakeDialog.CompanyPrompt or IntakeDialog.CompanyAgainPrompt => scenario.Company,
        _ when question.StartsWith("Two at once", StringComparison.Ordinal) => scenario.Company,
        IntakeDialog.RolePrompt or IntakeDialog.RoleAgainPrompt or IntakeDialog.RoleSpellItAgainPrompt => scenario.Role,
        _ when question == Format(IntakeDialog.RoleSpellingPromptFormat, scenario.Role) => IntakeDialog.YesSpelling,
        _ when question.StartsWith(Format(IntakeDialog.RoleSpellingPromptFormat, string.Empty)[..20], StringComparison.Ordinal) => IntakeDialog.NoSpelling,
        _ when question.StartsWith(Format(IntakeDialog.RoleSpellItPromptFormat, string.Empty)[..20], StringComparison.Ordinal) => scenario.Role,
        IntakeDialog.StagePrompt => Walkthrough.Label(Choices.Stages, scenario.Stage ?? RejectionStage.Interview),
        IntakeDialog.HeardViaPrompt => Walkthrough.Label(Choices.HeardVia, HeardVia.Email),
        IntakeDialog.HeardWhenPrompt or IntakeDialog.LastHeardWhenPrompt => Walkthrough.Label(Choices.HeardWhen, HeardWhen.ThisWeek),
        IntakeDialog.ReasonPrompt => scenario.Reason ?? IntakeDialog.NoReason,
        IntakeDialog.DeclineReasonPrompt => scenario.Reason ?? IntakeDialog.KeepItSimple,
        IntakeDialog.ContactPrompt or IntakeDialog.ContactAgainPrompt => scenario.Contact ?? IntakeDialog.SkipContact,
        _ when question.StartsWith(IntakeDialog.SummaryIntro, StringComparison.Ordinal) => IntakeDialog.LooksRight,
        CheckInDialog.FeelingPrompt => Walkthrough.Label(Choices.Feelings, scenario.Feeling),
        CheckInDialog.OwnWordsPrompt => "hard to put into words",
        _ when question.StartsWith("It's usually wise not to reply", StringComparison.Ordinal) => CheckInDialog.GoAheadNow,
        ReplyDialog.GoalPrompt => scenario.Goal is { } goal ? Walkthrough.Label(Choices.Goals, goal) : replies.Buttons[0],
        ReplyDialog.PitchRiskPrompt => ReplyDialog.PitchYes,
        ReplyDialog.StrengthsPrompt => "my capstone project on survey data",
        ReplyDialog.SignaturePrompt => replies.Buttons[0],
        ReplyDialog.RevisePrompt => ReplyDialog.LooksGood,
        _ when question.StartsWith("Would you like me to check in with you later?", StringComparison.Ordinal) => FollowUpPlanDialog.NoThanks,
        _ => throw new InvalidOperationException($"{scenario}: no answer for \"{question}\""),
    };

    private static string Format(string format, string value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, value);

    /// <summary>A draft's sentences, without its greeting and its sign-off (the last paragraph).</summary>
    public static IEnumerable<string> BodySentences(string draft)
    {
        var paragraphs = draft.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var paragraph in paragraphs.Skip(1).Take(paragraphs.Length - 2))
        {
            foreach (var sentence in System.Text.RegularExpressions.Regex.Split(paragraph, @"(?<=[.!?])\s+|\n+"))
            {
                if (sentence.Trim().Length > 0)
                {
                    yield return sentence.Trim();
                }
            }
        }
    }

    public static int WordCount(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The rubric's verdict on a draft as the case it was written for.</summary>
    public static RubricVerdict Check(RejectionCase @case, string draft) =>
        DraftRubric.Check(draft, new DraftRequest(@case, @case.Goal ?? ReplyGoal.ThankAndStayConnected, @case.Style, @case.SignatureName is { Length: > 0 } name ? name : null));
}
