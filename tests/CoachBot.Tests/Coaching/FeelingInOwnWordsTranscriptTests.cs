using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// "Something else" at the feelings check-in (issue 19): CoachBot asks what it is in the person's words,
/// reads the answer after the safety check, adapts as a known feeling does when the words name one, and
/// answers any other feeling in its own tone. The words are never kept.
/// </summary>
public sealed class FeelingInOwnWordsTranscriptTests
{
    private static readonly string SomethingElse = Label(Choices.Feelings, Feeling.SomethingElse);
    private static readonly string CoolingOffQuestion = string.Format(CultureInfo.InvariantCulture, CheckInDialog.CoolingOffPrompt, "24 hours");

    [Theory]
    [InlineData("Something else")]
    [InlineData("other")]
    [InlineData("6")]
    public async Task Something_else_is_asked_about_in_the_persons_own_words(string answer)
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);

        (await chat.Say(answer))
            .DoesNotSay(Feelings.Reflect(Feeling.SomethingElse, new RejectionCase()))
            .Asks(CheckInDialog.OwnWordsPrompt, IntakeDialog.RatherNotSay);
    }

    [Fact]
    public async Task Words_that_name_a_known_feeling_adapt_as_that_feeling_does_wait_included()
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers { When = HeardWhen.Today };
        await chat.TellWhatHappened(answers);
        await chat.Say(SomethingElse);

        var replies = await chat.Say("honestly I'm just really furious about how they handled it");

        var angry = CheckInTranscriptTests.CaseOf(answers, Feeling.Angry);
        replies.Says($"{Feelings.Reflect(Feeling.Angry, angry)} {Feelings.Reframe(Feeling.Angry, angry)}")
            .Asks(CoolingOffQuestion, CheckInDialog.WaitAndRemind, CheckInDialog.WaitNoReminder, CheckInDialog.GoAheadNow);
        await chat.Say(CheckInDialog.GoAheadNow);
        Assert.Equal(Feeling.Angry, (await FinishFromGoal(chat)).Feeling);
    }

    [Theory]
    [InlineData("kind of anxious about what happens next", FeelingShade.Anxious)]
    [InlineData("stunned, I didn't see it coming", FeelingShade.Stunned)]
    [InlineData("embarrassed, I told everyone I'd get it", FeelingShade.Embarrassed)]
    [InlineData("just exhausted by all of it", FeelingShade.WornOut)]
    [InlineData("sad but also a bit relieved", FeelingShade.Mixed)]
    public async Task Any_other_feeling_gets_a_reflection_in_its_own_tone_and_no_wait(string words, FeelingShade shade)
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers { When = HeardWhen.Today };
        await chat.TellWhatHappened(answers);
        await chat.Say(SomethingElse);

        var replies = await chat.Say(words);

        var rejection = CheckInTranscriptTests.CaseOf(answers, Feeling.SomethingElse);
        replies.Says(FeelingInOwnWords.Reflect(shade, rejection))
            .DoesNotSay(Feelings.Reflect(Feeling.SomethingElse, rejection))
            .DoesNotSay("heat of the moment")
            .Asks(ReplyDialog.GoalPrompt);
    }

    [Fact]
    public async Task The_words_are_never_kept_in_the_case_or_anywhere_in_storage()
    {
        const string words = "weirdly jealous of my roommate who got an offer";
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.TellWhatHappened();
        await chat.Say(SomethingElse);

        (await chat.Say(words)).Asks(ReplyDialog.GoalPrompt);
        var saved = await FinishFromGoal(chat);

        Assert.Equal(Feeling.SomethingElse, saved.Feeling);
        foreach (var key in storage.Keys)
        {
            var document = await storage.ReadAsync(key, CancellationToken.None);
            Assert.DoesNotContain("jealous", document?.Json ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_answer_goes_through_the_safety_check_first()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened();
        await chat.Say(SomethingElse);

        var replies = await chat.Say("honestly I want to kill myself");

        replies.Says("988").DoesNotSay(Feelings.Reframe(Feeling.SomethingElse, new RejectionCase())).DoesNotSay(ReplyDialog.GoalPrompt);
    }

    [Theory]
    [InlineData(IntakeDialog.RatherNotSay)]
    [InlineData("I don't know")]
    public async Task Not_saying_is_fine_and_gets_the_gentle_reflection(string answer)
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers();
        await chat.TellWhatHappened(answers);
        await chat.Say(SomethingElse);

        var rejection = CheckInTranscriptTests.CaseOf(answers, Feeling.SomethingElse);
        (await chat.Say(answer))
            .Says($"{Feelings.Reflect(Feeling.SomethingElse, rejection)} {Feelings.Reframe(Feeling.SomethingElse, rejection)}")
            .Asks(ReplyDialog.GoalPrompt);
    }

    [Fact]
    public async Task A_feeling_typed_at_the_first_question_is_already_in_their_words_and_not_asked_again()
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers();
        await chat.TellWhatHappened(answers);

        (await chat.Say("anxious"))
            .DoesNotSay(CheckInDialog.OwnWordsPrompt)
            .Says(FeelingInOwnWords.Reflect(FeelingShade.Anxious, CheckInTranscriptTests.CaseOf(answers, Feeling.SomethingElse)));
    }

    [Theory]
    [InlineData("honestly panicking, I turned down another offer for this one and rent is due", FeelingShade.Anxious)]
    [InlineData("not angry, just tired of all of it", FeelingShade.WornOut)]
    [InlineData("kind of numb, they let me down after four rounds", FeelingShade.Stunned)]
    public async Task A_sentence_at_the_first_question_is_read_as_their_own_words_not_by_a_buttons_word_inside_it(string words, FeelingShade shade)
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers { When = HeardWhen.Yesterday };
        await chat.TellWhatHappened(answers);

        var replies = await chat.Say(words);

        var rejection = CheckInTranscriptTests.CaseOf(answers, Feeling.SomethingElse);
        replies.Says(FeelingInOwnWords.Reflect(shade, rejection))
            .DoesNotSay(Feelings.Reflect(Feeling.Disappointed, rejection))
            .DoesNotSay(Feelings.Reflect(Feeling.Angry, rejection))
            .DoesNotSay(CheckInDialog.OwnWordsPrompt);
    }

    [Theory]
    [InlineData("crushed", Feeling.Disappointed)]
    [InlineData("honestly devastated", Feeling.Disappointed)]
    [InlineData("pretty irritated", Feeling.Frustrated)]
    public async Task A_buttons_feeling_in_other_words_is_that_button(string words, Feeling feeling)
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers { When = HeardWhen.Yesterday };
        await chat.TellWhatHappened(answers);

        var replies = await chat.Say(words);

        replies.Says(Feelings.Reflect(feeling, CheckInTranscriptTests.CaseOf(answers, feeling)))
            .DoesNotSay(CheckInDialog.FeelingPrompt);
    }

    [Fact]
    public async Task A_sentence_naming_no_feeling_it_knows_is_answered_in_their_words_not_asked_again()
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers { When = HeardWhen.Yesterday };
        await chat.TellWhatHappened(answers);

        var replies = await chat.Say("kind of lost tbh, I had my whole year planned around this");

        replies.Says(FeelingInOwnWords.Reflect(FeelingShade.Unnamed, CheckInTranscriptTests.CaseOf(answers, Feeling.SomethingElse)))
            .DoesNotSay(CheckInDialog.FeelingPrompt)
            .DoesNotSay(CheckInDialog.OwnWordsPrompt);
    }

    [Fact]
    public async Task A_single_word_it_cannot_read_is_asked_again()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Yesterday });

        (await chat.Say("qwzx")).Says(CheckInDialog.FeelingPrompt).DoesNotSay(CheckInDialog.OwnWordsPrompt);
    }

    private static async Task<RejectionCase> FinishFromGoal(TestConversation chat)
    {
        var goals = chat.LastReplies!.Activities[^1].Text == ReplyDialog.GoalPrompt ? chat.LastReplies : null;
        (await chat.Sign(await chat.Say(goals?.Buttons[0] ?? "1"))).Asks(ReplyDialog.RevisePrompt);
        await chat.Say(ReplyDialog.LooksGood);
        (await chat.Say(FollowUpPlanDialog.NoThanks)).Says(CoachingDialog.WrapUp);
        return (await chat.History())[^1];
    }
}
