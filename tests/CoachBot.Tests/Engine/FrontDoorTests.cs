using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Tests.Engine;

/// <summary>
/// The front door's three ways in meet the same admission, shutdown tracking, gate, idempotency and
/// load → bot → commit → deliver; a turn gives its admission place back before its replies are delivered.
/// </summary>
public sealed class FrontDoorTests
{
    private sealed class State : IConversationRecord
    {
        public ConversationReference? Reference { get; set; }
        public bool Unreachable { get; set; }
        public List<string> RecentActivities { get; set; } = [];
        public int Turns { get; set; }
    }

    /// <summary>Counts its turns in the conversation's state, and says so.</summary>
    private sealed class CountingBot : IBot
    {
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Hold { get; init; }
        public int Runs { get; private set; }

        public void Release() => release.TrySetResult();

        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Runs++;
            if (Hold)
            {
                await release.Task;
            }

            var state = turn.ConversationState<State>().Value;
            state.Turns++;
            await turn.SendAsync($"turn {state.Turns}", cancellationToken);
        }
    }

    /// <summary>A channel whose deliveries never end until released.</summary>
    private sealed class HungChannel(string id) : IChannel
    {
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Deliveries;

        public IReadOnlyCollection<string> Ids => [id];

        public bool CanPush => true;

        public void Release() => release.TrySetResult();

        public async Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Deliveries);
            await release.Task.WaitAsync(cancellationToken);
        }

        public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) => Task.FromResult(member);
    }

    private static (TurnRunner Runner, BackgroundTurns Turns, MemoryStorage Storage) FrontDoor(
        IBot bot, TurnAdmission? admission = null, DeliveryBudget? deliveries = null, params IChannel[] channels)
    {
        var storage = new MemoryStorage();
        var turns = new BackgroundTurns();
        var runner = new TurnRunner(bot, new ConversationGate(), new FakeClock(), NullLogger<TurnRunner>.Instance, admission,
            new ConversationStates<State>(new StateStore(storage)), new ChannelRegistry(channels), turns, deliveries);
        return (runner, turns, storage);
    }

    private static Activity Message(string channelId, string conversationId, string? deliveryMode = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
        Text = "hi",
        DeliveryMode = deliveryMode ?? DeliveryModes.Normal,
    };

    private static ConversationReference Reference(string channelId, string conversationId) =>
        new() { ChannelId = channelId, ConversationId = conversationId, UserId = "user" };

    [Fact]
    public async Task A_turn_gives_its_admission_place_back_before_its_replies_are_delivered()
    {
        var hung = new HungChannel("hung");
        var recording = new RecordingChannel();
        var (runner, turns, _) = FrontDoor(new CountingBot(), new TurnAdmission(4, 1), channels: [hung]);

        Assert.True(runner.TryStart(Message("hung", "c1"), hung));
        await Until(() => Volatile.Read(ref hung.Deliveries) == 1);

        // The hung delivery holds no admission place: the next person's turn is taken in and answered.
        var answer = await runner.AnswerAsync(Message("test", "c2", DeliveryModes.ExpectReplies), recording, CancellationToken.None);
        Assert.Equal(TurnStatus.Done, answer.Status);
        Assert.Equal(["turn 1"], answer.Replies.Select(reply => reply.Text));
        hung.Release();
        await turns.WhenIdleAsync();
    }

    [Fact]
    public async Task A_hung_channel_spends_its_own_delivery_budget_only()
    {
        var hung = new HungChannel("hung");
        var other = new HungChannel("other");
        var (runner, turns, _) = FrontDoor(new CountingBot(), deliveries: new DeliveryBudget(1), channels: [hung, other]);

        Assert.True(runner.TryStart(Message("hung", "c1"), hung));
        Assert.False(runner.TryStart(Message("hung", "c2"), hung));
        Assert.True(runner.TryStart(Message("other", "c3"), other));
        hung.Release();
        other.Release();
        await turns.WhenIdleAsync();
    }

    [Fact]
    public async Task A_proactive_turn_finds_its_channel_goes_through_admission_and_runs_once_per_id()
    {
        var channel = new RecordingChannel();
        var bot = new CountingBot();
        var (runner, _, storage) = FrontDoor(bot, channels: [channel]);
        var reference = Reference("test", "c1");

        var first = await runner.ContinueAsync(reference, "coachbot/nudge", null, "nudge-1", CancellationToken.None);
        var retried = await runner.ContinueAsync(reference, "coachbot/nudge", null, "nudge-1", CancellationToken.None);
        var next = await runner.ContinueAsync(reference, "coachbot/nudge", null, "nudge-2", CancellationToken.None);

        Assert.Equal([TurnStatus.Done, TurnStatus.Duplicate, TurnStatus.Done], new[] { first.Status, retried.Status, next.Status });
        Assert.Equal(2, bot.Runs);
        Assert.Equal(["turn 1", "turn 2"], channel.Sent.Select(sent => sent.Text));
        Assert.Contains("\"turns\":2", (await storage.ReadAsync(reference.StateKey, CancellationToken.None))!.Json, StringComparison.Ordinal);

        // A full house refuses a proactive turn as it refuses a person's.
        var (full, _, _) = FrontDoor(bot, new TurnAdmission(1, 0), channels: [channel]);
        Assert.Equal(TurnStatus.Busy, (await full.ContinueAsync(reference, "coachbot/nudge", null, "nudge-3", CancellationToken.None)).Status);
        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.ContinueAsync(Reference("unknown", "c1"), "coachbot/nudge", null, "x", CancellationToken.None));
    }

    [Fact]
    public async Task Shutdown_waits_for_a_proactive_turn_under_way()
    {
        var bot = new CountingBot { Hold = true };
        var channel = new RecordingChannel();
        var (runner, turns, _) = FrontDoor(bot, channels: [channel]);

        var running = runner.ContinueAsync(Reference("test", "c1"), "coachbot/nudge", null, "nudge-1", CancellationToken.None);
        var idle = turns.WhenIdleAsync();
        await Task.Yield();

        Assert.False(idle.IsCompleted);
        bot.Release();
        await running;
        await idle;
        Assert.Single(channel.Sent);
    }

    [Fact]
    public async Task A_conversation_is_read_and_changed_only_by_its_person_and_a_retry_runs_nothing()
    {
        var bot = new CountingBot();
        var channel = new RecordingChannel();
        var (runner, _, storage) = FrontDoor(bot, channels: [channel]);
        var first = Message("test", "c1", DeliveryModes.ExpectReplies);
        await runner.AnswerAsync(first, channel, CancellationToken.None);
        var stored = (await storage.ReadAsync("conversation/test/c1", CancellationToken.None))!.Json;

        var someoneElse = Message("test", "c1", DeliveryModes.ExpectReplies);
        someoneElse.From = new ChannelAccount { Id = "someone-else" };
        var claimingShared = Message("test", "c1", DeliveryModes.ExpectReplies);
        claimingShared.Conversation!.ConversationType = ConversationTypes.GroupChat;

        Assert.Equal(TurnStatus.Refused, (await runner.AnswerAsync(someoneElse, channel, CancellationToken.None)).Status);
        Assert.Equal(TurnStatus.Refused, (await runner.AnswerAsync(claimingShared, channel, CancellationToken.None)).Status);
        Assert.Equal(TurnStatus.Duplicate, (await runner.AnswerAsync(first, channel, CancellationToken.None)).Status);
        Assert.Equal(stored, (await storage.ReadAsync("conversation/test/c1", CancellationToken.None))!.Json);
        Assert.Equal(1, bot.Runs);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var spins = 0; !condition(); spins++)
        {
            Assert.True(spins < 1_000, "It did not happen.");
            await Task.Delay(10);
        }
    }
}
