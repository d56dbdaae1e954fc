using CoachBot.Coaching;
using CoachBot.Conversations.Dialogs;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// "What would you like your reply to do?" answered in a sentence: what it asks the reply to do is the
/// answer, among the goals offered, instead of "Sorry, I didn't catch that".
/// </summary>
public class GoalInOwnWordsTranscriptTests
{
    private static readonly IntakeAnswers FinalRound = new() { Company = "Fabrikam", Role = "Data Analyst", Stage = RejectionStage.FinalRound, Contact = "Maya" };

    [Fact]
    public async Task Asking_what_they_could_do_better_is_a_feedback_request()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachGoal(FinalRound);

        var draft = (await chat.Sign(await chat.Say("could you help me ask what i could do better next time"))).Draft;

        Assert.Contains("feedback", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Asking_about_other_roles_after_a_withdrawn_offer_is_staying_connected()
    {
        await using var chat = TestConversation.Start();
        (await chat.ReachGoal(FinalRound with { Stage = RejectionStage.OfferRescinded }))
            .Asks(ReplyDialog.GoalPrompt, "Ask about the offer", "Thank them & stay connected");

        var replies = await chat.Sign(await chat.Say("ask whether they have any other roles i could be considered for"));

        Assert.DoesNotContain(replies.Texts, text => text.StartsWith(Prompt<string>.DefaultRetryLead, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"(?i)why\b[^.?!]*\b(?:withdr|rescind|pull)", replies.Draft);
        Assert.Contains("Fabrikam", replies.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_said_not_to_be_wanted_is_not_the_answer()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachGoal(FinalRound);

        var draft = (await chat.Sign(await chat.Say("no need to ask for feedback, just thank them"))).Draft;

        Assert.DoesNotContain("feedback", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sentence_naming_no_goal_is_asked_again_with_a_word_on_adding_a_point_later()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachGoal(FinalRound);

        (await chat.Say("hmm not sure honestly, whatever you think is best"))
            .Says(ReplyGoalPrompt.SentenceNotReadLead)
            .Asks($"{ReplyGoalPrompt.SentenceNotReadLead} {ReplyDialog.GoalPrompt}", "Ask for feedback", "Thank them & stay connected", "One last pitch");
    }

    [Theory]
    [InlineData("i just want to say thanks and stay on their radar", ReplyGoal.ThankAndStayConnected)]
    [InlineData("thank them and ask for some pointers", ReplyGoal.AskForFeedback)]
    [InlineData("i'd like them to reconsider, i really want this job", ReplyGoal.OneLastPitch)]
    [InlineData("I don't want to ask why, just ask them to keep me in mind", ReplyGoal.ThankAndStayConnected)]
    [InlineData("nothing fancy", null)]
    public void A_sentence_is_read_for_the_goal_it_asks_for(string text, ReplyGoal? expected)
    {
        ReplyGoal[] offered = [ReplyGoal.AskForFeedback, ReplyGoal.ThankAndStayConnected, ReplyGoal.OneLastPitch];

        Assert.Equal(expected, ReplyGoalPrompt.InOwnWords(text, offered));
    }

    [Fact]
    public void Only_offered_goals_are_read()
    {
        Assert.Null(ReplyGoalPrompt.InOwnWords("can you help me decline it", [ReplyGoal.AskForFeedback, ReplyGoal.ThankAndStayConnected]));
        Assert.Equal(ReplyGoal.DeclineOffer, ReplyGoalPrompt.InOwnWords("can you help me decline it", [ReplyGoal.DeclineOffer, ReplyGoal.ThankAndStayConnected]));
    }
}
