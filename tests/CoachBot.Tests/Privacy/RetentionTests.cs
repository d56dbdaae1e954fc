using CoachBot.Coaching;
using CoachBot.Privacy;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Tests.Privacy;

public sealed class RetentionTests
{
    private static readonly RetentionOptions Defaults = new();

    [Fact]
    public async Task Feelings_go_after_30_days_and_the_rest_of_a_case_after_180()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.FinishCase(new IntakeAnswers { Company = "Quokkasoft" });
        var sweeper = SweeperOf(chat);

        // Sliding periods end at the next midnight (UTC) after them: a day more at most.
        chat.Clock.Advance(Defaults.Feelings + TimeSpan.FromDays(1));
        await sweeper.SweepAsync(CancellationToken.None);

        Assert.DoesNotContain(storage.Keys, key => key.EndsWith("/feelings", StringComparison.Ordinal));
        Assert.DoesNotContain(storage.Keys, key => key.StartsWith("conversation/", StringComparison.Ordinal));
        Assert.Equal("Quokkasoft", (await chat.History()).Single().Company);

        chat.Clock.Advance(Defaults.Details - Defaults.Feelings);
        await sweeper.SweepAsync(CancellationToken.None);

        Assert.Empty(storage.Keys);
        (await chat.Say("history")).Says(History.NoHistory);
    }

    [Fact]
    public async Task Nothing_goes_before_its_time()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.FinishCase();
        var kept = storage.Keys.Order().ToList();

        chat.Clock.Advance(Defaults.Feelings - TimeSpan.FromMinutes(1));

        Assert.Equal(0, await SweeperOf(chat).SweepAsync(CancellationToken.None));
        Assert.Equal(kept, storage.Keys.Order());
    }

    [Fact]
    public async Task A_conversation_in_use_keeps_its_state_and_the_periods_can_be_configured()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage, configure: builder =>
        {
            builder.Configuration["CoachBot:Retention:Feelings"] = "2.00:00:00";
            builder.Configuration["CoachBot:Retention:Details"] = "10.00:00:00";
        });
        await chat.FinishCase();
        await chat.ReachQuestion(IntakeDialog.StagePrompt);
        var conversationKey = $"conversation/{chat.ChannelId}/{chat.ConversationId}";

        chat.Clock.Advance(TimeSpan.FromDays(1.5));
        await chat.Say("help");
        chat.Clock.Advance(TimeSpan.FromDays(1.5));
        await SweeperOf(chat).SweepAsync(CancellationToken.None);

        Assert.Contains(conversationKey, storage.Keys);
        Assert.DoesNotContain(storage.Keys, key => key.EndsWith("/feelings", StringComparison.Ordinal));
        chat.Clock.Advance(TimeSpan.FromDays(8));
        await SweeperOf(chat).SweepAsync(CancellationToken.None);
        Assert.Empty(await chat.History());
    }

    [Fact]
    public async Task The_sweeper_runs_on_its_interval_by_the_injected_clock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(FakeClock.DefaultStart);
        var storage = new MemoryStorage();
        await storage.WriteAsync([new Conversations.State.DocumentChange("user/test/u/safety", "{}", null, clock.GetUtcNow() + TimeSpan.FromHours(2))], CancellationToken.None);
        using var sweeper = new RetentionSweeper(storage, clock, Microsoft.Extensions.Options.Options.Create(new RetentionOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<RetentionSweeper>.Instance);
        await sweeper.StartAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(storage.Keys);
        clock.Advance(TimeSpan.FromHours(1));
        await WaitUntil(() => !storage.Keys.Any());

        await sweeper.StopAsync(CancellationToken.None);
    }

    private static RetentionSweeper SweeperOf(TestConversation chat) =>
        chat.Services.GetServices<IHostedService>().OfType<RetentionSweeper>().Single();

    /// <summary>
    /// The sweep runs on the thread pool after the fake clock's tick; this yields until it is done, without sleeping. The
    /// bound is time, not a count of yields: on a loaded machine ten thousand yields can pass before the pool runs it.
    /// </summary>
    private static async Task WaitUntil(Func<bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done() && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Yield();
        }

        Assert.True(done());
    }
}
