using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>"How should I sign your reply?" answered with something that is no name.</summary>
public sealed class SignatureTranscriptTests
{
    [Theory]
    [InlineData("i keep thinking i bombed the technical part")]
    [InlineData("whatever you think is best")]
    [InlineData("42")]
    public async Task An_answer_with_no_name_in_it_is_neither_signed_with_nor_dropped_without_a_word(string answer)
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);
        chat.AutoSign = false;
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);

        (await chat.Say(answer)).Says(Signature.NoNameFound).Asks(ReplyDialog.SignaturePrompt, ReplyDialog.Unsigned);
        var draft = (await chat.Say("Priya")).Draft;

        Assert.EndsWith("\nPriya", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_picks_the_numbered_option_as_the_terminal_shows_them()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);
        chat.AutoSign = false;
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt, ReplyDialog.Unsigned);

        var draft = (await chat.Say("1")).DoesNotSay(Signature.NoNameFound).Draft;

        Assert.EndsWith(",", draft.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leave_it_unsigned_still_leaves_it_unsigned()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);
        chat.AutoSign = false;
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);

        var draft = (await chat.Say(ReplyDialog.Unsigned)).DoesNotSay(Signature.NoNameFound).Draft;

        // The sign-off closes the draft, with no name under it.
        Assert.EndsWith(",", draft.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ana Ruiz")]
    [InlineData("sign it as ana")]
    public async Task The_name_of_the_person_the_reply_goes_to_is_not_signed_with(string answer)
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened(new IntakeAnswers { Contact = "Ana Ruiz" })).Asks(CheckInDialog.FeelingPrompt);
        chat.AutoSign = false;
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);

        (await chat.Say(answer)).Says("is who the reply goes to").Asks(ReplyDialog.SignaturePrompt, ReplyDialog.Unsigned);
        var draft = (await chat.Say("Sam Okoro")).Draft;

        Assert.StartsWith("Dear Ana", draft, StringComparison.Ordinal);
        Assert.EndsWith("\nSam Okoro", draft, StringComparison.Ordinal);
    }
}
