using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Tests.Engine;

public sealed class TurnRunnerTests
{
    private sealed class ThrowingBot(Exception exception) : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) => throw exception;
    }

    private sealed class EchoBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) =>
            turn.SendAsync($"You said: {turn.Text}", cancellationToken);
    }

    private sealed class RecordingSender : IActivitySender
    {
        public List<Activity> Sent { get; } = [];

        public Task SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            Sent.Add(activity);
            return Task.CompletedTask;
        }
    }

    private sealed class BrokenChannel : IActivitySender
    {
        public int Attempts { get; private set; }

        public Task SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            Attempts++;
            throw new HttpRequestException("The channel is down.");
        }
    }

    private static TurnRunner Runner(IBot bot) => new(bot, new ConversationGate(), new FakeClock(), NullLogger<TurnRunner>.Instance);

    private static Activity Message(string text, string deliveryMode) => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming-1",
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
        Text = text,
        DeliveryMode = deliveryMode,
    };

    [Fact]
    public async Task With_expect_replies_the_replies_are_returned_and_not_sent()
    {
        var sender = new RecordingSender();

        var replies = await Runner(new EchoBot()).RunAsync(Message("hi", DeliveryModes.ExpectReplies), sender, CancellationToken.None);

        Assert.Equal(["You said: hi"], replies.Select(reply => reply.Text));
        Assert.Equal("incoming-1", replies[0].ReplyToId);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task With_normal_delivery_the_replies_are_sent_through_the_channel()
    {
        var sender = new RecordingSender();

        var replies = await Runner(new EchoBot()).RunAsync(Message("hi", DeliveryModes.Normal), sender, CancellationToken.None);

        Assert.Empty(replies);
        Assert.Equal(["You said: hi"], sender.Sent.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_throwing_bot_gets_the_error_message_sent_and_the_exception_is_not_rethrown()
    {
        var sender = new RecordingSender();

        await Runner(new ThrowingBot(new InvalidOperationException("boom"))).RunAsync(Message("hi", DeliveryModes.Normal), sender, CancellationToken.None);

        Assert.Equal([TurnRunner.ErrorMessage], sender.Sent.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_throwing_bot_with_expect_replies_returns_the_error_message()
    {
        var replies = await Runner(new ThrowingBot(new InvalidOperationException("boom")))
            .RunAsync(Message("hi", DeliveryModes.ExpectReplies), IgnoringSender.Instance, CancellationToken.None);

        Assert.Equal([TurnRunner.ErrorMessage], replies.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_channel_that_cannot_even_take_the_error_message_does_not_fail_the_caller()
    {
        var channel = new BrokenChannel();

        await Runner(new EchoBot()).RunAsync(Message("hi", DeliveryModes.Normal), channel, CancellationToken.None);

        Assert.Equal(2, channel.Attempts);
    }

    [Fact]
    public async Task A_cancelled_request_is_not_reported_as_an_error()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var sender = new RecordingSender();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Runner(new ThrowingBot(new OperationCanceledException(cancel.Token))).RunAsync(Message("hi", DeliveryModes.Normal), sender, cancel.Token));
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task A_cancellation_the_request_did_not_ask_for_is_an_error_like_any_other()
    {
        var sender = new RecordingSender();

        await Runner(new ThrowingBot(new TaskCanceledException("a timeout inside the bot")))
            .RunAsync(Message("hi", DeliveryModes.Normal), sender, CancellationToken.None);

        Assert.Equal([TurnRunner.ErrorMessage], sender.Sent.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_failed_coaching_turn_saves_nothing_so_the_answer_can_simply_be_given_again()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.Say("hi");
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
        var writesBefore = storage.Writes;
        var savedBefore = (await storage.ReadAsync($"conversation/test/{chat.ConversationId}", CancellationToken.None))!.Json;

        var lostReply = chat.Inbound(ActivityTypes.Message);
        lostReply.Text = "Data Analyst";
        lostReply.DeliveryMode = DeliveryModes.Normal;
        var channel = new BrokenChannel();
        await chat.Services.GetRequiredService<TurnRunner>().RunAsync(lostReply, channel, CancellationToken.None);

        Assert.Equal(2, channel.Attempts);
        Assert.Equal(writesBefore, storage.Writes);
        Assert.Equal(savedBefore, (await storage.ReadAsync($"conversation/test/{chat.ConversationId}", CancellationToken.None))!.Json);
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt);
    }
}
