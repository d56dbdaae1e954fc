using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Whole conversations walked as students typed them, read as a career counselor would: the same thought is not
/// said twice in a turn, a decline's feelings fit a decline, and a draft's signature changes when asked.
/// </summary>
public sealed class WalkTranscriptTests
{
    private const string RescindedToday =
        "they rescinded my offer from fabrikam for the software engineer role after the background check. recruiter called me an hour ago";

    private const string Declining =
        "i got an offer from northwind for the marketing coordinator job but i'm turning it down, i took another one";

    [Fact]
    public async Task When_the_wait_is_offered_the_advice_does_not_first_say_there_is_no_rush()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        (await chat.AnswerIntakeUntilSummary(await chat.Say(RescindedToday))).Asks(
            "Here's what I understood: Fabrikam, Software Engineer, they withdrew the offer, heard by phone today, reason: \"background check\". Did I get that right?");
        (await chat.Say("Looks right")).Asks(CheckInDialog.FeelingPrompt);

        var replies = await chat.Say("Angry");

        replies.DoesNotSay("There's no rush")
            .Asks("It's usually wise not to reply in the heat of the moment. Would you like to wait 24 hours before sending anything?");
    }

    [Fact]
    public async Task Ghosted_hears_once_that_waiting_is_hard_not_in_the_reflection_and_again_in_the_advice()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.AnswerIntakeUntilSummary(
            await chat.Say("applied to litware for a ux designer internship, interviewed 3 weeks ago and havent heard anything since"));
        (await chat.Say("Looks right")).Asks(CheckInDialog.FeelingPrompt);
        (await chat.Say("Something else")).Asks(CheckInDialog.OwnWordsPrompt);

        var replies = await chat.Say("idk kind of lost");

        replies.Says("Waiting without any word from Litware is hard").Says("a short, polite check on where things stand is reasonable");
        Assert.Single(replies.Texts, reply => reply.Contains(" hard", StringComparison.Ordinal));
        Assert.Single(replies.Texts, reply => reply.Contains("nothing to do with you", StringComparison.Ordinal)
            || reply.Contains("not a verdict on you", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Declining_an_offer_is_asked_about_relief_guilt_or_being_torn_not_anger_or_self_doubt()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        (await chat.AnswerIntakeUntilSummary(await chat.Say(Declining))).Says("you're declining their offer");

        (await chat.Say("Looks right")).Asks(CheckInDialog.FeelingPrompt, "Relieved", "Guilty", "Torn", "Something else");
    }

    [Theory]
    [InlineData("Guilty", "Feeling guilty about saying no")]
    [InlineData("Torn", "Feeling torn means both options had something real to offer")]
    [InlineData("Relieved", "Relief after making the call")]
    public async Task A_decline_feeling_is_answered_for_a_decision_the_person_made(string feeling, string reflected)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.AnswerIntakeUntilSummary(await chat.Say(Declining));
        await chat.Say("Looks right");

        var replies = await chat.Say(feeling);

        replies.Says(reflected)
            .DoesNotSay("Sometimes part of us already knew it wasn't quite the right fit")
            .DoesNotSay(CheckInDialog.OwnWordsPrompt)
            .DoesNotSay(ReplyDialog.GoalPrompt)
            .Asks(ReplyDialog.RevisePrompt);
    }

    [Fact]
    public async Task Guilt_typed_at_a_rejection_is_answered_not_asked_again()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);

        (await chat.Say("guilty")).Says("Guilt is a heavy thing to carry").Asks(ReplyDialog.GoalPrompt);
    }

    [Theory]
    [InlineData("sign it as Maya", "\nMaya")]
    [InlineData("sign it as maya chen", "\nMaya Chen")]
    [InlineData("change the signature to Maya", "\nMaya")]
    [InlineData("put Maya at the bottom instead", "\nMaya")]
    public async Task Asking_for_another_signature_at_the_draft_signs_it_with_that_name(string typed, string ending)
    {
        await using var chat = TestConversation.Start();
        chat.UserName = "Sam";
        var first = await chat.ReachFirstDraft();
        Assert.EndsWith("\nSam", first.Draft, StringComparison.Ordinal);

        var revised = await chat.Say(typed);

        revised.Says(ReplyDialog.RevisedDraftIntro).DoesNotSay(ReplyDialog.CantDoThat);
        Assert.EndsWith(ending, revised.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_to_leave_it_unsigned_at_the_draft_takes_the_name_off()
    {
        await using var chat = TestConversation.Start();
        chat.UserName = "Sam";
        Assert.EndsWith("\nSam", (await chat.ReachFirstDraft()).Draft, StringComparison.Ordinal);

        var revised = await chat.Say("actually leave it unsigned");

        Assert.EndsWith(",", revised.Draft.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_with_the_contacts_name_is_not_done_at_the_draft_either()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft(new IntakeAnswers { Contact = "Ana Ruiz" });

        var replies = await chat.Say("sign it as Ana Ruiz");

        Assert.Empty(replies.Drafts);
    }

    [Fact]
    public async Task In_talks_on_an_offer_the_budget_is_the_pay_not_a_freeze_on_hiring()
    {
        await using var chat = TestConversation.Start();
        var answers = new IntakeAnswers { Stage = RejectionStage.NegotiationBrokeDown, Reason = "they said the budget was fixed", When = HeardWhen.Yesterday };
        (await chat.TellWhatHappened(answers)).Asks(CheckInDialog.FeelingPrompt);

        var advice = await chat.Say("Frustrated");

        advice.Says("you advocated for yourself").DoesNotSay("hiring freeze").DoesNotSay("when hiring reopens");
        var draft = (await chat.Say("Take the original offer")).Draft;
        Assert.DoesNotContain("hiring plans", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Self_doubt_after_an_application_hears_advice_that_stands_without_the_stage_sentence_left_out()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened(new IntakeAnswers { Stage = RejectionStage.Application, When = HeardWhen.Yesterday })).Asks(CheckInDialog.FeelingPrompt);

        var replies = await chat.Say("Doubting myself");

        // The reframe says what the stage means, so the advice opens on what to do: it cannot point back with "there".
        replies.Says("Early screens are often automated").DoesNotSay("At the application stage").DoesNotSay("feedback there");
    }
}
