using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Whole conversations for the reader's fifth round (issue 19): a company or a role the story only seems to give is
/// asked for instead of shown and drafted from; a budget freeze is not advised on as pay; a negotiation's summary says
/// what the employer would not do; "down" in a sentence about something else is no feeling.
/// </summary>
public class ReadingFifthRoundTranscriptTests
{
    [Fact]
    public async Task A_decline_whose_story_names_the_job_taken_instead_is_asked_its_role_and_drafted_with_the_answer()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("I need to decline the offer from Harrow Council. i took a grad job closer to my mum instead"))
            .Asks(IntakeDialog.RolePrompt);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("Junior Planner"));

        summary.Says($"{IntakeDialog.SummaryIntro} Harrow Council, Junior Planner, you're declining their offer").DoesNotSay("Graduate");
        var declined = await chat.FinishAfterIntake();
        Assert.Contains("Junior Planner", declined.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Graduate", declined.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agencys_name_is_never_taken_for_the_employers()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("a recruiter from Keystone put me forward for a Payroll Clerk role at Tamarind Homes. Jo from Keystone rang me yesterday to say Tamarind Homes passed on me after the interview");
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        summary.Says($"{IntakeDialog.SummaryIntro} Tamarind Homes, Payroll Clerk").DoesNotSay("Keystone");
        var passedOn = await chat.FinishAfterIntake();
        Assert.DoesNotContain("Keystone", passedOn.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_budget_freeze_is_summarised_whole_and_never_advised_on_as_pay()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.Say("Kestrel Foods rescinded my offer for the Junior Buyer role by email today, budget freeze. The recruiter was Dana Reyes.");
        summary.Says($"{IntakeDialog.SummaryIntro} Kestrel Foods, Junior Buyer, they withdrew the offer, heard by e-mail today")
            .Says("reason: \"a budget freeze\"");

        var checkIn = await chat.ConfirmSummary(summary);
        var advice = await chat.Say(Label(Choices.Feelings, Feeling.Disappointed));

        foreach (var replies in (Replies[])[checkIn, advice])
        {
            replies.DoesNotSay("It came down to pay").DoesNotSay("budget question");
        }
    }

    [Fact]
    public async Task A_negotiation_is_summarised_with_what_the_employer_would_not_do()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.Say("Halden Bank offered me the Credit Analyst job by email today. I asked for 58k but they wouldn't budge on 52k and the recruiter Omar Price said thats final.");

        summary.Says($"{IntakeDialog.SummaryIntro} Halden Bank, Credit Analyst, the offer talks broke down")
            .Says("reason: \"they wouldn't budge on 52k\"")
            .DoesNotSay("reason: \"thats final\"");
    }

    [Fact]
    public async Task A_decline_reason_read_from_the_story_is_worded_in_the_letter_not_left_to_the_person()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("I'm turning down the offer from Fenwick Studio for the Junior Planner role. my visa only lets me work twenty hours a week"));
        summary.Says("reason: \"my visa only lets me work twenty hours a week\"");
        await chat.ConfirmSummary(summary);
        var draft = await chat.Sign(await chat.Say(Label(Choices.Feelings, Feeling.Disappointed)));

        draft.Says(ReplyDialog.FirstDraftIntro).DoesNotSay(CoachBot.Coaching.Drafting.DeclineReasons.LeftToYou);
        Assert.DoesNotContain("visa", draft.Draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sentence_at_the_feeling_question_that_says_down_of_something_else_is_not_disappointment()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);

        var replies = await chat.Say("I turned down another offer and now this");

        // Not disappointment: a feeling in the person's own words, answered as one.
        replies.DoesNotSay(Feelings.Reflect(Feeling.Disappointed, new RejectionCase())[..40])
            .Says(Feelings.Reflect(Feeling.SomethingElse, new RejectionCase())[..40]);
    }
}
