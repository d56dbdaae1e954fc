using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Conversations.Dialogs;
using CoachBot.Hosting;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

public sealed class CheckInTranscriptTests
{
    private static readonly string[] FeelingButtons = ["Disappointed", "Frustrated", "Doubting myself", "Angry", "Relieved", "Something else"];
    private static readonly string CoolingOffQuestion = string.Format(CultureInfo.InvariantCulture, CheckInDialog.CoolingOffPrompt, "24 hours");
    private const string GhostedNote = "Hearing nothing at all is its own kind of hard. A short, polite note is fine, and if it goes unanswered, that's about their process, not you.";

    /// <summary>What CoachBot knows when it reflects the feeling back.</summary>
    internal static RejectionCase CaseOf(IntakeAnswers answers, Feeling feeling) => new()
    {
        Company = answers.Company,
        Stage = answers.Stage,
        HeardVia = answers.Via,
        HeardWhen = answers.When,
        Feeling = feeling,
    };

    [Theory]
    [InlineData(Feeling.Disappointed)]
    [InlineData(Feeling.Frustrated)]
    [InlineData(Feeling.DoubtingMyself)]
    [InlineData(Feeling.Angry)]
    [InlineData(Feeling.Relieved)]
    public async Task Each_feeling_gets_its_reflection_and_reframe_then_the_stage_advice(Feeling feeling)
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers();
        (await chat.TellWhatHappened(answers)).Asks(CheckInDialog.FeelingPrompt, FeelingButtons);

        var replies = await chat.Say(Label(Choices.Feelings, feeling));

        var rejection = CaseOf(answers, feeling);
        Assert.Equal(
            [$"{Feelings.Reflect(feeling, rejection)} {Feelings.Reframe(feeling, rejection)}", StageAdvice.For(rejection), ReplyDialog.GoalPrompt],
            replies.Texts);
        Assert.Equal(feeling, (await FinishFromGoal(chat, replies)).Feeling);
    }

    [Fact]
    public async Task The_reflection_names_the_company_and_the_reframe_puts_the_no_in_proportion()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { Company = "Fabrikam" });

        (await chat.Say("Disappointed"))
            .Says("Of course you're disappointed. You put real time and hope into Fabrikam, and that doesn't just switch off.")
            .Says("A rejection is one decision, by one team, on one day.");
    }

    [Theory]
    [InlineData(RejectionStage.Application, "Early screens are often automated and high-volume")]
    [InlineData(RejectionStage.ScreeningCall, "Remember: you got to the screening call, which means someone already saw something in you.")]
    [InlineData(RejectionStage.FinalRound, "Remember: you got to the final round, which means someone already saw something in you.")]
    [InlineData(RejectionStage.OfferRescinded, "Remember: you got to the offer stage")]
    public async Task Doubting_yourself_is_answered_with_how_far_you_got(RejectionStage stage, string reframe)
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { Stage = stage });

        (await chat.Say("Doubting myself")).Says(reframe);
    }

    [Theory]
    [InlineData(RejectionStage.Application, "At the application stage the screen is often automated")]
    [InlineData(RejectionStage.ScreeningCall, "You got past the resume screen")]
    [InlineData(RejectionStage.Interview, "You made it to interviews")]
    [InlineData(RejectionStage.FinalRound, "Reaching the final round means you were a serious contender")]
    [InlineData(RejectionStage.OfferRescinded, "A rescinded offer is almost always about the company")]
    [InlineData(RejectionStage.NegotiationBrokeDown, "A negotiation that didn't land isn't a failure")]
    public async Task Each_stage_gets_its_own_advice_about_replying(RejectionStage stage, string advice)
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers { Stage = stage };
        await chat.TellWhatHappened(answers);

        var replies = await chat.Say("Relieved");

        var expected = StageAdvice.For(CaseOf(answers, Feeling.Relieved));
        Assert.StartsWith(advice, expected, StringComparison.Ordinal);
        // A withdrawn offer's advice goes on with what to do beyond the reply.
        Assert.Equal(stage == RejectionStage.OfferRescinded ? $"{expected} {StageAdvice.RescindedNextSteps("your career services office", turnedDownOtherOffers: false)}" : expected, replies.Texts.ElementAt(1));
        replies.DoesNotSay(GhostedNote);
    }

    [Theory]
    [InlineData(RejectionStage.Application)]
    [InlineData(RejectionStage.FinalRound)]
    public async Task Hearing_nothing_at_all_gets_advice_on_timing_and_no_wording_that_presumes_a_rejection(RejectionStage stage)
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers { Stage = stage, Via = HeardVia.NoWord, When = HeardWhen.EarlierThanThat };
        await chat.TellWhatHappened(answers);

        var replies = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt, "Check where things stand", "Thank them & stay connected");

        Assert.Equal(StageAdvice.GhostedTiming, replies.Texts.ElementAt(1));
        Assert.Contains("a week or two", StageAdvice.GhostedTiming, StringComparison.Ordinal);
        Assert.Contains("let it go", StageAdvice.GhostedTiming, StringComparison.Ordinal);
        foreach (var text in replies.Texts)
        {
            Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"\b(?:reject\w*|a no\b|turned (?:you )?down|decision|didn't go your way)", System.Text.RegularExpressions.RegexOptions.IgnoreCase), text);
        }

        var draft = (await chat.Say("Check where things stand")).Draft;
        Assert.Contains("where things stand", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("decision", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(HeardWhen.Today, Feeling.Frustrated)]
    [InlineData(HeardWhen.Today, Feeling.Angry)]
    [InlineData(HeardWhen.Yesterday, Feeling.Angry)]
    public async Task Fresh_news_and_a_strong_feeling_bring_the_offer_to_wait(HeardWhen when, Feeling feeling)
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = when });

        (await chat.Say(Label(Choices.Feelings, feeling)))
            .Asks(CoolingOffQuestion, CheckInDialog.WaitAndRemind, CheckInDialog.WaitNoReminder, CheckInDialog.GoAheadNow);
    }

    [Theory]
    [InlineData(HeardWhen.ThisWeek, Feeling.Frustrated)]
    [InlineData(HeardWhen.ThisWeek, Feeling.Angry)]
    [InlineData(HeardWhen.EarlierThanThat, Feeling.DoubtingMyself)]
    [InlineData(HeardWhen.Today, Feeling.Disappointed)]
    [InlineData(HeardWhen.Today, Feeling.Relieved)]
    public async Task Old_news_or_a_milder_feeling_goes_straight_to_the_reply(HeardWhen when, Feeling feeling)
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = when });

        (await chat.Say(Label(Choices.Feelings, feeling)))
            .DoesNotSay("heat of the moment")
            .Asks(ReplyDialog.GoalPrompt);
    }

    [Theory]
    [InlineData(1, "1 hour")]
    [InlineData(0.5, "30 minutes")]
    [InlineData(1.0 / 60 / 60 * 20, "20 seconds")]
    public async Task A_short_cooling_off_is_said_in_the_unit_that_fits(double hours, string said)
    {
        await using var chat = TestConversation.Start(configure: builder =>
            builder.Services.Configure<CoachBotOptions>(options => options.CoolingOff = TimeSpan.FromHours(hours)));
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });

        (await chat.Say("Angry")).Asks(string.Format(CultureInfo.InvariantCulture, CheckInDialog.CoolingOffPrompt, said));
    }

    [Fact]
    public async Task Waiting_with_a_reminder_late_in_the_evening_sets_the_reminder_for_8_am_in_the_persons_time_zone()
    {
        // 20:30 UTC is 9:30 PM in Berlin; 24 hours on is again inside quiet hours (9 PM to 8 AM).
        var now = new DateTimeOffset(2026, 11, 22, 20, 30, 0, TimeSpan.Zero);
        await using var chat = TestConversation.Start(clock: new FakeClock(now));
        chat.TimeZone = "Europe/Berlin";
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        (await chat.Say("Angry")).Asks(CoolingOffQuestion);

        (await chat.Say(CheckInDialog.WaitAndRemind))
            .Says(string.Format(CultureInfo.InvariantCulture, CheckInDialog.WillRemind, "on Tuesday, Nov 24 at 8:00 AM"))
            .Asks(ReplyDialog.GoalPrompt);

        var saved = await FinishFromGoal(chat, afterWait: true);
        Assert.Equal(now.AddHours(24), saved.CoolingOff?.Until);
        Assert.True(saved.CoolingOff?.RemindMe);
        var reminder = Assert.Single(saved.Nudges);
        Assert.Equal(NudgeKind.ReviewAndSend, reminder.Kind);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(1)), reminder.DueAt);
    }

    [Fact]
    public async Task A_message_without_a_time_zone_uses_the_one_the_person_gave_before()
    {
        var now = new DateTimeOffset(2026, 11, 22, 20, 30, 0, TimeSpan.Zero);
        await using var chat = TestConversation.Start(clock: new FakeClock(now));
        chat.TimeZone = "Europe/Berlin";
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        (await chat.Say("Angry")).Asks(CoolingOffQuestion);

        // This channel message leaves the zone out; Berlin is remembered, not the New York default.
        chat.TimeZone = null!;
        (await chat.Say(CheckInDialog.WaitAndRemind))
            .Says(string.Format(CultureInfo.InvariantCulture, CheckInDialog.WillRemind, "on Tuesday, Nov 24 at 8:00 AM"));
    }

    [Fact]
    public async Task Waiting_with_a_reminder_in_the_afternoon_reminds_at_the_same_time_tomorrow()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Yesterday });
        await chat.Say("Angry");

        (await chat.Say(CheckInDialog.WaitAndRemind))
            .Says(string.Format(CultureInfo.InvariantCulture, CheckInDialog.WillRemind, "tomorrow at 2:00 PM"));
    }

    [Fact]
    public async Task Waiting_without_a_reminder_names_when_the_wait_ends_even_at_night()
    {
        // 02:30 UTC is 9:30 PM in New York: the wait ends at night, and that is fine without a reminder.
        var now = new DateTimeOffset(2026, 11, 23, 2, 30, 0, TimeSpan.Zero);
        await using var chat = TestConversation.Start(clock: new FakeClock(now));
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        await chat.Say("Frustrated");

        (await chat.Say(CheckInDialog.WaitNoReminder))
            .Says(string.Format(CultureInfo.InvariantCulture, CheckInDialog.WillWait, "tomorrow at 9:30 PM"))
            .Asks(ReplyDialog.GoalPrompt);

        var saved = await FinishFromGoal(chat, afterWait: true);
        Assert.Equal(now.AddHours(24), saved.CoolingOff?.Until);
        Assert.False(saved.CoolingOff?.RemindMe);
        Assert.Empty(saved.Nudges);
    }

    [Fact]
    public async Task Going_ahead_now_records_no_wait_and_the_final_draft_says_to_send_it_yourself()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        await chat.Say("Angry");

        (await chat.Say(CheckInDialog.GoAheadNow))
            .Says(CheckInDialog.GoingAhead)
            .Asks(ReplyDialog.GoalPrompt);

        Assert.Null((await FinishFromGoal(chat, afterWait: false)).CoolingOff);
    }

    [Theory]
    [InlineData("remind me", CheckInDialog.WaitAndRemind)]
    [InlineData("yes", CheckInDialog.WaitAndRemind)]
    [InlineData("1", CheckInDialog.WaitAndRemind)]
    [InlineData("no reminder", CheckInDialog.WaitNoReminder)]
    [InlineData("no", CheckInDialog.GoAheadNow)]
    [InlineData("now", CheckInDialog.GoAheadNow)]
    [InlineData("GO AHEAD!", CheckInDialog.GoAheadNow)]
    public async Task The_wait_question_understands_typed_answers(string answer, string meaning)
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        await chat.Say("Angry");

        var replies = await chat.Say(answer);

        var expected = meaning switch
        {
            CheckInDialog.WaitAndRemind => string.Format(CultureInfo.InvariantCulture, CheckInDialog.WillRemind, "tomorrow at 2:00 PM"),
            CheckInDialog.WaitNoReminder => string.Format(CultureInfo.InvariantCulture, CheckInDialog.WillWait, "tomorrow at 2:00 PM"),
            _ => CheckInDialog.GoingAhead,
        };
        replies.Says(expected).Asks(ReplyDialog.GoalPrompt);
    }

    [Fact]
    public async Task Just_wait_is_ambiguous_between_the_two_waits_and_is_asked_again()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        await chat.Say("Angry");

        (await chat.Say("wait"))
            .Asks($"Just to check, did you mean \"{CheckInDialog.WaitAndRemind}\" or \"{CheckInDialog.WaitNoReminder}\"?", CheckInDialog.WaitAndRemind, CheckInDialog.WaitNoReminder, CheckInDialog.GoAheadNow);
    }

    [Fact]
    public async Task Three_unclear_answers_to_the_wait_question_move_on_without_a_wait()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        await chat.Say("Angry");

        await chat.Say("hmm");
        await chat.Say("maybe");
        (await chat.Say("who knows"))
            .DoesNotSay(CheckInDialog.GoingAhead)
            .Asks(ReplyDialog.GoalPrompt);

        Assert.Null((await FinishFromGoal(chat, afterWait: false)).CoolingOff);
    }

    [Theory]
    [InlineData("mad", Feeling.Angry)]
    [InlineData("GUTTED", Feeling.Disappointed)]
    [InlineData("not good enough", Feeling.DoubtingMyself)]
    [InlineData("5", Feeling.Relieved)]
    public async Task Feelings_can_be_typed_in_the_persons_own_words(string answer, Feeling feeling)
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers();
        await chat.TellWhatHappened(answers);

        var rejection = CaseOf(answers, feeling);
        (await chat.Say(answer)).Says($"{Feelings.Reflect(feeling, rejection)} {Feelings.Reframe(feeling, rejection)}");
    }

    [Fact]
    public async Task Three_unclear_answers_about_the_feeling_are_taken_as_something_else()
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers();
        await chat.TellWhatHappened(answers);

        (await chat.Say("ugh")).Asks($"{Prompt<FoundChoice>.DefaultRetryLead} {CheckInDialog.FeelingPrompt}", FeelingButtons);
        await chat.Say("ugh");
        var rejection = CaseOf(answers, Feeling.SomethingElse);
        var replies = (await chat.Say("ugh"))
            .Says($"{Feelings.Reflect(Feeling.SomethingElse, rejection)} {Feelings.Reframe(Feeling.SomethingElse, rejection)}")
            .Asks(ReplyDialog.GoalPrompt);

        Assert.Equal(Feeling.SomethingElse, (await FinishFromGoal(chat, replies)).Feeling);
    }

    private static Task<RejectionCase> FinishFromGoal(TestConversation chat, Replies goals) => FinishFromGoal(chat, goals.Buttons[0], null);

    private static Task<RejectionCase> FinishFromGoal(TestConversation chat, bool afterWait) =>
        FinishFromGoal(chat, "1", afterWait ? ReplyDialog.FinalDraftAfterWait : ReplyDialog.FinalDraft);

    private static async Task<RejectionCase> FinishFromGoal(TestConversation chat, string goal, string? finalDraftMessage)
    {
        (await chat.Say(goal)).Asks(ReplyDialog.RevisePrompt);
        var final = await chat.Say(ReplyDialog.LooksGood);
        if (finalDraftMessage is not null)
        {
            final.Says(finalDraftMessage);
        }

        (await chat.Say(FollowUpPlanDialog.NoThanks)).Says(CoachingDialog.WrapUp);
        return (await chat.History())[^1];
    }
}
