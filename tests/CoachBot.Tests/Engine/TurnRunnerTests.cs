using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

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

    private static TurnRunner Runner(IBot bot, TimeProvider? clock = null) => new(bot, new ConversationGate(), clock ?? new FakeClock(), NullLogger<TurnRunner>.Instance);

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
        var sender = new RecordingChannel();

        var replies = await Runner(new EchoBot()).RunAsync(Message("hi", DeliveryModes.ExpectReplies), sender, CancellationToken.None);

        Assert.Equal(["You said: hi"], replies.Select(reply => reply.Text));
        Assert.Equal("incoming-1", replies[0].ReplyToId);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task With_normal_delivery_the_replies_are_sent_through_the_channel()
    {
        var sender = new RecordingChannel();

        var replies = await Runner(new EchoBot()).RunAsync(Message("hi", DeliveryModes.Normal), sender, CancellationToken.None);

        Assert.Empty(replies);
        Assert.Equal(["You said: hi"], sender.Sent.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_throwing_bot_gets_the_error_message_sent_and_the_exception_is_not_rethrown()
    {
        var sender = new RecordingChannel();

        await Runner(new ThrowingBot(new InvalidOperationException("boom"))).RunAsync(Message("hi", DeliveryModes.Normal), sender, CancellationToken.None);

        Assert.Equal([TurnRunner.ErrorMessage], sender.Sent.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_throwing_bot_with_expect_replies_returns_the_error_message()
    {
        var replies = await Runner(new ThrowingBot(new InvalidOperationException("boom")))
            .RunAsync(Message("hi", DeliveryModes.ExpectReplies), RecordingChannel.Ignoring, CancellationToken.None);

        Assert.Equal([TurnRunner.ErrorMessage], replies.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_channel_that_cannot_take_the_replies_does_not_fail_the_caller()
    {
        var channel = new RecordingChannel(broken: true);

        await Runner(new EchoBot()).RunAsync(Message("hi", DeliveryModes.Normal), channel, CancellationToken.None);

        Assert.Equal(1, channel.Attempts);
    }

    [Fact]
    public async Task A_bot_that_fails_half_way_shows_only_the_apology_not_what_it_said_before()
    {
        var channel = new RecordingChannel();

        await Runner(new HalfWayBot()).RunAsync(Message("hi", DeliveryModes.Normal), channel, CancellationToken.None);

        Assert.Equal([TurnRunner.ErrorMessage], channel.Sent.Select(reply => reply.Text));
    }

    [Fact]
    public async Task Replies_are_delivered_only_after_the_bot_is_done()
    {
        var channel = new RecordingChannel();
        var bot = new WatchingBot(channel);

        await Runner(bot).RunAsync(Message("hi", DeliveryModes.Normal), channel, CancellationToken.None);

        Assert.Equal(0, bot.SentWhileRunning);
        Assert.Equal(["first", "second"], channel.Sent.Select(reply => reply.Text));
    }

    [Fact]
    public async Task The_proactive_entry_runs_an_event_through_the_bot_and_pushes_its_replies()
    {
        var channel = new RecordingChannel();
        var reference = ConversationReference.From(Message("hi", DeliveryModes.Normal));

        await Runner(new EventEchoBot()).ContinueAsync(reference, "coachbot/nudge", null, channel, CancellationToken.None);

        var reply = Assert.Single(channel.Sent);
        Assert.Equal("event coachbot/nudge for user", reply.Text);
        Assert.Null(reply.ReplyToId);
        Assert.Equal("c1", reply.Conversation?.Id);
    }

    [Fact]
    public async Task A_slow_turn_shows_typing_at_once_then_every_three_seconds_until_its_work_is_done()
    {
        var clock = new FakeTimeProvider(FakeClock.DefaultStart);
        var channel = new RecordingChannel(showsTyping: true);
        var bot = new SlowBot();

        var running = Runner(bot, clock).RunAsync(Message("hi", DeliveryModes.Normal), channel, CancellationToken.None);
        await bot.Started;
        Assert.Equal([ActivityTypes.Typing], channel.Sent.Select(sent => sent.Type));

        clock.Advance(TimeSpan.FromSeconds(2.9));
        Assert.Single(channel.Sent);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await Until(() => channel.Sent.Count == 2);
        clock.Advance(TimeSpan.FromSeconds(3));
        await Until(() => channel.Sent.Count == 3);

        bot.Finish();
        await running;
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], channel.Sent.Select(sent => sent.Type));
    }

    [Fact]
    public async Task Typing_stops_repeating_once_a_reply_stream_shows_progress()
    {
        var clock = new FakeTimeProvider(FakeClock.DefaultStart);
        var channel = new RecordingChannel(showsTyping: true);
        var bot = new SlowBot(openStream: true);

        var running = Runner(bot, clock).RunAsync(Message("hi", DeliveryModes.Normal), channel, CancellationToken.None);
        await bot.Started;
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(3));
            await Task.Yield();
        }

        bot.Finish();
        await running;
        Assert.Equal(1, channel.Sent.Count(sent => sent.Type == ActivityTypes.Typing));
    }

    /// <summary>Lets the typing loop, woken by the fake clock on the thread pool, catch up; no sleeps.</summary>
    private static async Task Until(Func<bool> condition)
    {
        for (var spins = 0; !condition(); spins++)
        {
            Assert.True(spins < 100_000, "The typing indicator was not sent.");
            await Task.Yield();
        }
    }

    /// <summary>Works until the test lets it finish, optionally streaming its reply.</summary>
    private sealed class SlowBot(bool openStream = false) : IBot
    {
        private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => started.Task;

        public void Finish() => finish.SetResult();

        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            if (openStream)
            {
                turn.OpenStream();
            }

            started.SetResult();
            await finish.Task;
            await turn.SendAsync("Here is your draft.", cancellationToken);
        }
    }

    private sealed class HalfWayBot : IBot
    {
        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            await turn.SendAsync("What was the role?", cancellationToken);
            throw new InvalidOperationException("The save failed.");
        }
    }

    private sealed class WatchingBot(RecordingChannel channel) : IBot
    {
        public int SentWhileRunning { get; private set; }

        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            await turn.SendAsync("first", cancellationToken);
            await turn.SendAsync("second", cancellationToken);
            SentWhileRunning = channel.Sent.Count;
        }
    }

    private sealed class EventEchoBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) =>
            turn.SendAsync($"{turn.Activity.Type} {turn.Activity.Name} for {turn.Activity.From?.Id}", cancellationToken);
    }

    [Fact]
    public async Task A_cancelled_request_is_not_reported_as_an_error()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var sender = new RecordingChannel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Runner(new ThrowingBot(new OperationCanceledException(cancel.Token))).RunAsync(Message("hi", DeliveryModes.Normal), sender, cancel.Token));
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task A_cancellation_the_request_did_not_ask_for_is_an_error_like_any_other()
    {
        var sender = new RecordingChannel();

        await Runner(new ThrowingBot(new TaskCanceledException("a timeout inside the bot")))
            .RunAsync(Message("hi", DeliveryModes.Normal), sender, CancellationToken.None);

        Assert.Equal([TurnRunner.ErrorMessage], sender.Sent.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_channel_that_fails_to_deliver_loses_nothing_the_person_said()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.Say("hi");
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);

        var lostReply = chat.Inbound(ActivityTypes.Message);
        lostReply.Text = "Data Analyst";
        lostReply.DeliveryMode = DeliveryModes.Normal;
        var channel = new RecordingChannel(broken: true);
        await chat.Services.GetRequiredService<TurnRunner>().RunAsync(lostReply, channel, CancellationToken.None);

        Assert.Equal(1, channel.Attempts);
        Assert.Contains("Data Analyst", (await storage.ReadAsync($"conversation/test/{chat.ConversationId}", CancellationToken.None))!.Json, StringComparison.Ordinal);
        (await chat.Say("help")).Asks(IntakeDialog.StagePrompt);
    }
}
