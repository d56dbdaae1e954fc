using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>Who the letter is for, said without a salutation ("address it to Priya"), changes the greeting.</summary>
public class AddressedToTranscriptTests
{
    [Theory]
    [InlineData("can you address it to Priya instead and make it a bit warmer", "Hi Priya,\n\n")]
    [InlineData("address it to Dr Okafor please", "Dear Dr. Okafor,\n\n")]
    [InlineData("send it to Tom Becker", "Dear Tom,\n\n")]
    public async Task A_recipient_named_in_a_typed_change_is_greeted(string typed, string greeting)
    {
        await using var chat = TestConversation.Start();
        Assert.StartsWith("Dear Contoso hiring team,", (await chat.ReachFirstDraft()).Draft, StringComparison.Ordinal);

        var changed = (await chat.Say(typed)).Draft;

        Assert.StartsWith(greeting, changed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Addressing_it_to_someone_unnamed_changes_no_greeting()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();

        var replies = await chat.Say("address it to the hiring manager");

        Assert.All(replies.Drafts, draft => Assert.StartsWith("Dear Contoso hiring team,", draft, StringComparison.Ordinal));
    }
}
