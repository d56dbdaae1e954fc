using CoachBot.Coaching;
using CoachBot.Conversations.Dialogs;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Whole conversations for the reader's eighth round (issue 19), the known wrong readings: a pasted letter's dates are
/// not when the person heard; a correction at the summary that states the reason is stored as the reason; a correctly
/// spelt word is never read as a choice it is not ("responded" is not "rescinded").
/// </summary>
public class Reading8KnownReadingsTranscriptTests
{
    private const string LetterSayingLastWeek =
        "Dear Sam,\nThank you for interviewing with us last week for the Data Analyst role at Contoso. Unfortunately we have decided not to move forward with your application.\nKind regards,\nPriya Shah\nContoso Talent Team";

    [Fact]
    public async Task A_pasted_letters_own_dates_are_not_when_the_person_heard_so_it_is_asked()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say(LetterSayingLastWeek);
        Assert.Equal(IntakeDialog.HeardWhenPrompt, replies.Activities[^1].Text);
        var summary = await chat.AnswerIntakeUntilSummary(replies, new IntakeAnswers { When = HeardWhen.Yesterday });

        summary.Says($"{IntakeDialog.SummaryIntro} Contoso, Data Analyst, interviews, heard by e-mail yesterday");
        var rejected = await chat.FinishAfterIntake();
        Assert.Equal(HeardWhen.Yesterday, rejected.HeardWhen);
    }

    [Fact]
    public async Task The_persons_own_line_around_a_pasted_letter_says_when_they_heard()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say($"got this today:\n{LetterSayingLastWeek}");
        replies.DoesNotSay(IntakeDialog.HeardWhenPrompt);
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        summary.Says("heard by e-mail today").DoesNotSay("a while ago");
    }

    [Fact]
    public async Task A_correction_at_the_summary_that_states_the_reason_is_stored_as_the_reason()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("Contoso rejected me for the data analyst role after the final round, they emailed me today"));
        summary.DoesNotSay("reason:");

        (await chat.Say("no, the reason was they froze hiring"))
            .Asks($"{IntakeDialog.SummaryIntro} Contoso, Data Analyst, final round, heard by e-mail today, reason: \"they froze hiring\". {IntakeDialog.SummaryPrompt}");
        var rejected = await chat.FinishAfterIntake();
        Assert.Equal("they froze hiring", rejected.Reason);
    }

    [Theory]
    [InlineData("Contoso rejected me for the data analyst role after the final round, they emailed me today and said they went with someone else", "Contoso, Data Analyst, final round, heard by e-mail today")]
    [InlineData("Contoso withdrew my offer for the data analyst role, they emailed me today", "Contoso, Data Analyst, they withdrew the offer, heard by e-mail today")]
    public async Task A_correction_of_the_reason_at_the_summary_replaces_the_one_kept(string story, string read)
    {
        await using var chat = TestConversation.Start();

        (await chat.AnswerIntakeUntilSummary(await chat.Say(story))).Says(read);

        (await chat.Say("no, the reason was they froze hiring"))
            .Asks($"{IntakeDialog.SummaryIntro} {read}, reason: \"they froze hiring\". {IntakeDialog.SummaryPrompt}");
    }

    [Fact]
    public async Task A_yes_with_a_but_that_states_a_declines_reason_is_stored_as_the_reason()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("I got an offer from Fabrikam for the analyst role but I'm declining it, can you help me write the reply?"))
            .Asks(IntakeDialog.DeclineReasonPrompt, IntakeDialog.KeepItSimple);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(IntakeDialog.KeepItSimple));
        summary.Says("you're declining their offer").DoesNotSay("reason:");

        (await chat.Say("mostly right but my mum is sick, that's the main reason actually"))
            .DoesNotSay(IntakeDialog.ChangePrompt)
            .Asks($"{IntakeDialog.SummaryIntro} Fabrikam, Analyst, you're declining their offer, reason: \"my mum is sick\". {IntakeDialog.SummaryPrompt}");
    }

    [Fact]
    public async Task A_real_word_two_letters_from_a_stage_is_not_read_as_it()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("Contoso rejected me for the data analyst role")).Asks(IntakeDialog.StagePrompt);

        (await chat.Say("they responded")).Asks($"{IntakeDialog.ChoiceAgainLead} {IntakeDialog.StagePrompt}");
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("the final round"));
        summary.Says("Contoso, Data Analyst, final round,").DoesNotSay("withdrew");
    }

    [Theory]
    [InlineData("responded")]
    [InlineData("they never responded")]
    [InlineData("screaming")]
    public void A_correctly_spelt_word_that_is_not_the_choice_is_never_read_as_it(string answer) =>
        Assert.Null(ChoiceRecognizer.Recognize(answer, Choices.ToChoices(Choices.Stages)));

    [Theory]
    [InlineData("rescnided", RejectionStage.OfferRescinded)]
    [InlineData("recinded", RejectionStage.OfferRescinded)]
    [InlineData("screning", RejectionStage.ScreeningCall)]
    [InlineData("finla round", RejectionStage.FinalRound)]
    [InlineData("aplicaton", RejectionStage.Application)]
    [InlineData("negotaitoin", RejectionStage.NegotiationBrokeDown)]
    public void Typos_of_a_choice_are_still_read(string answer, RejectionStage stage) =>
        Assert.Equal(stage, Choices.Stages[ChoiceRecognizer.Recognize(answer, Choices.ToChoices(Choices.Stages))!.Index].Value);

    [Fact]
    public void Two_typos_in_a_long_word_are_still_read() =>
        Assert.Equal(Feeling.Disappointed, Choices.Feelings[ChoiceRecognizer.Recognize("dissapointed", Choices.ToChoices(Choices.Feelings))!.Index].Value);
}
