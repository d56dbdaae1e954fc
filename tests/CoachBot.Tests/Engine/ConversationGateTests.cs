using System.Collections.Concurrent;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Tests.Engine;

public sealed class ConversationGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>A bot whose turns each wait until the test lets them finish.</summary>
    private sealed class HeldBot : IBot
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> started = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource> released = new();
        private readonly List<string> events = [];

        public IReadOnlyList<string> Events
        {
            get
            {
                lock (events)
                {
                    return [.. events];
                }
            }
        }

        public Task Started(string turn) => Signal(started, turn).Task.WaitAsync(Patience);

        public void Release(string turn) => Signal(released, turn).TrySetResult();

        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            var name = turn.Activity.Text!;
            Record($"start {name}");
            Signal(started, name).TrySetResult();
            await Signal(released, name).Task;
            Record($"end {name}");
        }

        private void Record(string entry)
        {
            lock (events)
            {
                events.Add(entry);
            }
        }

        private static TaskCompletionSource Signal(ConcurrentDictionary<string, TaskCompletionSource> signals, string turn) =>
            signals.GetOrAdd(turn, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    private static Activity Message(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    private static TurnRunner Runner(IBot bot, ConversationGate gate) =>
        new(bot, gate, new FakeClock(), NullLogger<TurnRunner>.Instance);

    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time()
    {
        var bot = new HeldBot();
        var gate = new ConversationGate();
        var runner = Runner(bot, gate);

        var first = runner.RunAsync(Message("a", "first"), RecordingChannel.Ignoring, CancellationToken.None);
        await bot.Started("first");
        var second = runner.RunAsync(Message("a", "second"), RecordingChannel.Ignoring, CancellationToken.None);

        Assert.False(second.IsCompleted);
        Assert.Equal(["start first"], bot.Events);
        Assert.Equal(1, gate.ActiveConversations);

        bot.Release("first");
        await first.WaitAsync(Patience);
        await bot.Started("second");
        Assert.Equal(["start first", "end first", "start second"], bot.Events);

        bot.Release("second");
        await second.WaitAsync(Patience);
        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task Turns_of_different_conversations_run_at_the_same_time()
    {
        var bot = new HeldBot();
        var gate = new ConversationGate();
        var runner = Runner(bot, gate);

        var inA = runner.RunAsync(Message("a", "in a"), RecordingChannel.Ignoring, CancellationToken.None);
        var inB = runner.RunAsync(Message("b", "in b"), RecordingChannel.Ignoring, CancellationToken.None);
        await bot.Started("in a");
        await bot.Started("in b");

        Assert.Equal(2, gate.ActiveConversations);
        Assert.DoesNotContain(bot.Events, entry => entry.StartsWith("end", StringComparison.Ordinal));

        bot.Release("in b");
        await inB.WaitAsync(Patience);
        Assert.False(inA.IsCompleted);
        Assert.Equal(1, gate.ActiveConversations);

        bot.Release("in a");
        await inA.WaitAsync(Patience);
        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task The_same_conversation_id_on_two_channels_is_two_conversations()
    {
        var bot = new HeldBot();
        var gate = new ConversationGate();
        var runner = Runner(bot, gate);
        var onTeams = Message("a", "teams");
        onTeams.ChannelId = "msteams";

        var onTest = runner.RunAsync(Message("a", "test"), RecordingChannel.Ignoring, CancellationToken.None);
        var onOther = runner.RunAsync(onTeams, RecordingChannel.Ignoring, CancellationToken.None);
        await bot.Started("test");
        await bot.Started("teams");
        Assert.Equal(2, gate.ActiveConversations);

        bot.Release("test");
        bot.Release("teams");
        await Task.WhenAll(onTest, onOther).WaitAsync(Patience);
        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task A_wait_that_is_cancelled_leaves_no_entry_behind()
    {
        var gate = new ConversationGate();
        var held = await gate.EnterAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync("a", cancel.Token).AsTask();
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, gate.ActiveConversations);
        held.Dispose();
        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task Leaving_twice_lets_only_one_waiting_turn_in()
    {
        var gate = new ConversationGate();
        var held = await gate.EnterAsync("a", CancellationToken.None);
        var next = gate.EnterAsync("a", CancellationToken.None).AsTask();
        var afterNext = gate.EnterAsync("a", CancellationToken.None).AsTask();

        held.Dispose();
        held.Dispose();
        var nextPass = await next.WaitAsync(Patience);

        Assert.False(afterNext.IsCompleted);
        nextPass.Dispose();
        (await afterNext.WaitAsync(Patience)).Dispose();
        Assert.Equal(0, gate.ActiveConversations);
    }
}
