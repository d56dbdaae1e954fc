using CoachBot.Coaching;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Safety;

public sealed class ScopeTranscriptTests
{
    private static readonly string IAmAnAi = string.Format(System.Globalization.CultureInfo.InvariantCulture, ScopeGuard.IAmAnAi, "your career services office");

    [Theory]
    [InlineData("am I talking to a human?", IntakeDialog.StagePrompt)]
    [InlineData("Are you a bot", IntakeDialog.ReasonPrompt)]
    [InlineData("wait, is this a real person?", CheckInDialog.FeelingPrompt)]
    [InlineData("r u an AI", ReplyDialog.RevisePrompt)]
    [InlineData("Who am I talking to?", ReplyDialog.AddPointPrompt)]
    public async Task Asked_whether_it_is_human_it_says_it_is_an_ai_then_asks_its_question_again(string asked, string question)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(question);

        var replies = (await chat.Say(asked)).Asks(question);

        Assert.Equal(IAmAnAi, replies.Texts.First());
    }

    [Fact]
    public async Task A_visa_question_after_a_rescinded_offer_is_pointed_to_the_international_office()
    {
        await using var chat = TestConversation.Start(configure: builder =>
            builder.Configuration["CoachBot:Organizations:Default:InternationalOfficeContact"] = "the Office of International Students, ois@northwind.example");
        await chat.ReachQuestion(IntakeDialog.ReasonPrompt);

        (await chat.Say("What happens to my F-1 visa now that they pulled the offer?"))
            .Says("I can't advise on visas or immigration status. the Office of International Students, ois@northwind.example can tell you")
            .Asks(IntakeDialog.ReasonPrompt);
    }

    [Theory]
    [InlineData("Can I sue them for this?", "I can't give legal advice")]
    [InlineData("Was this discrimination?", "I can't give legal advice")]
    [InlineData("wait is that even legal??", "I can't give legal advice")]
    [InlineData("can they do that?", "I can't give legal advice")]
    [InlineData("Should I go back on my antidepressants?", "not a therapist or a doctor")]
    [InlineData("do you think I need therapy?", "not a therapist or a doctor")]
    public async Task Legal_and_medical_questions_are_declined_kindly_and_pointed_elsewhere(string asked, string answer)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.ContactPrompt);

        (await chat.Say(asked)).Says(answer).Asks(IntakeDialog.ContactPrompt);
    }

    [Theory]
    [InlineData("They said they can't sponsor my visa")]
    [InlineData("The role needed a security clearance and a green card")]
    public async Task A_reason_that_mentions_a_visa_is_a_reason_not_a_question(string reason)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.ReasonPrompt);

        (await chat.Say(reason)).Asks(IntakeDialog.ContactPrompt);
    }

    [Theory]
    [InlineData("Should I opt for a shorter reply?")]
    [InlineData("Is it okay to ask for feedback?")]
    [InlineData("How long should I wait?")]
    public async Task Ordinary_questions_are_not_out_of_scope(string asked) =>
        Assert.Equal(OutOfScope.None, ScopeGuard.Classify(asked));
}
