using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// What a first message already says is not asked again, found by walking the web chat page by hand: "No reason
/// given." in the story was followed by "Did they give a reason?", "Sarah from HR called me" by "Do you know the name
/// of your recruiter?", "anyway contoso rejected me" made the company "Anyway Contoso", and an offer the person asked
/// for "help me say no nicely" to was asked about as a rejection ("How far did you get in the process?"). At the
/// reply: a goal's button tapped at the signature question signed the draft "Check where things stand", and a decline
/// was asked "What would you like your reply to do?" with its one answer.
/// </summary>
public sealed class StorySaysItAllTranscriptTests
{
    [Fact]
    public async Task A_story_that_says_no_reason_was_given_and_who_called_goes_straight_to_the_summary()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say("Northwind turned me down for the marketing internship after the second interview. Sarah from HR called me yesterday, no reason given."))
            .Asks($"{IntakeDialog.SummaryIntro} Northwind, Marketing Internship, interviews, heard by phone yesterday, contact: Sarah. {IntakeDialog.SummaryPrompt}", IntakeDialog.LooksRight, IntakeDialog.ChangeSomething)
            .DoesNotSay(IntakeDialog.ReasonPrompt);
    }

    [Theory]
    [InlineData("they didn't say why")]
    [InlineData("they never gave me a reason")]
    [InlineData("no explanation at all")]
    [InlineData("rejected without giving any reason")]
    public void A_story_can_say_that_no_reason_was_given(string said) =>
        Assert.True(StoryReader.Read($"Fabrikam rejected me after the final round yesterday, {said}").SaysNoReasonGiven);

    [Theory]
    [InlineData("i cried for no reason. anyway fabrikam rejected me")]
    [InlineData("there's no reason to be upset, they said, but fabrikam rejected me after the final round")]
    [InlineData("Fabrikam rejected me after the final round because they needed someone with more SQL")]
    public void Crying_for_no_reason_or_a_reason_given_is_not_no_reason(string story) =>
        Assert.False(StoryReader.Read(story).SaysNoReasonGiven);

    [Theory]
    [InlineData("tom from talent acquisition emailed me today, it's a no from Globex", "Tom")]
    [InlineData("Priya Nair in HR rang me this morning, Globex went with someone else", "Priya Nair")]
    [InlineData("Kavitha ma'am from HR told me it's a no", "Kavitha")]
    public void Someone_from_hr_who_brought_the_news_is_the_contact(string story, string contact) =>
        Assert.Equal(contact, StoryReader.Read(story).ContactName);

    [Theory]
    [InlineData("anyway contoso rejected me after the first interview", "Contoso")]
    [InlineData("ugh honestly fabrikam ghosted me after the final round", "Fabrikam")]
    [InlineData("btw globex said no today", "Globex")]
    public void A_chat_opener_is_not_part_of_the_company(string story, string company) =>
        Assert.Equal(company, StoryReader.Read(story).Company);

    [Fact]
    public async Task An_offer_the_person_asks_help_to_say_no_to_is_a_decline_not_a_rejection()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say("hey, i got an offer from Wingtip Labs for the junior analyst job but ive decided to stay in my current role. can you help me say no nicely"))
            .DoesNotSay(IntakeDialog.StagePrompt)
            .DoesNotSay(IntakeDialog.HeardViaPrompt);
    }

    [Theory]
    [InlineData("got an offer from Wingtip Labs, need help saying no thanks")]
    [InlineData("Wingtip Labs offered me the role. help me with declining it politely?")]
    public void Asking_for_help_to_say_no_to_an_offer_is_a_decline(string story) =>
        Assert.Equal(Situation.DeclinedOffer, StoryReader.Read(story).Situation);

    [Fact]
    public void Their_no_with_help_asked_for_a_thank_you_is_still_a_rejection() =>
        Assert.Equal(Situation.Rejected, StoryReader.Read("Wingtip Labs rejected me after the final round, help me say thanks anyway").Situation);

    [Fact]
    public async Task A_button_label_tapped_at_the_signature_question_is_not_the_name()
    {
        await using var chat = TestConversation.Start();
        chat.AutoSign = false;
        await chat.TellWhatHappened();
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt, ReplyDialog.Unsigned);

        (await chat.Say("Thank them & stay connected")).Says(Signature.NoNameFound).Asks(ReplyDialog.SignaturePrompt, ReplyDialog.Unsigned);
        Assert.EndsWith("\nSam", (await chat.Say("Sam")).Draft, StringComparison.Ordinal);
    }
}
