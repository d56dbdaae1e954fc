using System.Net;
using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using CoachBot.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Hardening;

/// <summary>
/// A host that slow clients and dead channels cannot stall: a turn's permit covers the bot's work only,
/// not the body being read nor the replies being delivered; the queue is bounded; rate limits answer 429.
/// The bot runs on a manual clock, so nothing times out by itself: what is answered, is answered because
/// nothing held it up.
/// </summary>
public sealed class ResponsivenessTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Four_conversations_whose_channel_never_answers_do_not_hold_up_another_persons_turn()
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        await using var dead = await FakeConnector.StartAsync();
        await using var alive = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(clock: clock, settings: new Dictionary<string, string?> { ["CoachBot:MaxConcurrentTurns"] = "4" });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        dead.HangNext(int.MaxValue);
        using var guard = new CancellationTokenSource(Guard);

        for (var i = 0; i < 4; i++)
        {
            var stalled = new ChannelUser(client) { DeliveryMode = null, Connector = dead };
            using var accepted = await stalled.PostAsync(stalled.Joined());
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            await dead.NextCallAsync(guard.Token);
        }

        var other = new ChannelUser(client) { DeliveryMode = null, Connector = alive };
        using var otherAccepted = await other.PostAsync(other.Joined());
        var reply = await NextMessageAsync(alive, guard.Token);

        Assert.Equal(other.ConversationId, reply.GetProperty("conversation").GetProperty("id").GetString());
        // The four are still waiting on their channel: the other turn was answered meanwhile, not after them.
        Assert.Equal(4, dead.Calls.Count);
        Assert.All(dead.Calls, call => Assert.Equal(0, call.Status));
        // And an expectReplies turn is answered too.
        var asking = new ChannelUser(client);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await asking.SendAsync(asking.Joined()).WaitAsync(guard.Token)).Question?.Text);
    }

    [Fact]
    public async Task Four_slow_uploads_do_not_hold_up_another_persons_turn()
    {
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?> { ["CoachBot:MaxConcurrentTurns"] = "4" });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var warm = new ChannelUser(client);
        await warm.SendAsync(warm.Joined());

        var uploads = new List<SlowUpload>();
        for (var i = 0; i < 4; i++)
        {
            uploads.Add(await SlowUpload.StartAsync(server.BaseAddress, "/api/messages"));
        }

        try
        {
            var other = new ChannelUser(client);
            // Kestrel drops a body slower than 240 bytes/s after 5 s: answered before that, the turn did not wait for them.
            var turn = await other.SendAsync(other.Joined()).WaitAsync(TimeSpan.FromSeconds(4));
            Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, turn.Question?.Text);
        }
        finally
        {
            foreach (var upload in uploads)
            {
                await upload.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_full_queue_answers_503_with_Retry_After_and_the_waiting_turns_still_run()
    {
        HeldBot? bot = null;
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(
            settings: new Dictionary<string, string?> { ["CoachBot:MaxConcurrentTurns"] = "1", ["CoachBot:MaxWaitingTurns"] = "3" },
            services: services => services.AddSingleton<IBot>(sp => bot = new HeldBot(ActivatorUtilities.CreateInstance<CoachingBot>(sp))));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var users = Enumerable.Range(0, 3).Select(_ => new ChannelUser(client) { DeliveryMode = null, Connector = connector }).ToList();
        foreach (var user in users)
        {
            using var accepted = await user.PostAsync(user.Joined());
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var late = new ChannelUser(client) { DeliveryMode = null, Connector = connector };
        using var refused = await late.PostAsync(late.Joined());
        var asking = new ChannelUser(client);
        using var refusedToo = await asking.PostAsync(asking.Joined());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedToo.StatusCode);
        // The front door reads the conversation's state before the bot runs: give the first turn time to get there.
        for (var spins = 0; bot!.Entered == 0 && spins < 200; spins++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, bot.Entered);

        bot.Release();
        await server.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();
        Assert.All(users, user => Assert.Contains(connector.Calls, call => call.ConversationId == user.ConversationId && call.Delivered
            && call.Activity.ValueKind == JsonValueKind.Object && call.Activity.GetProperty("type").GetString() == "message"));
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await asking.SendAsync(asking.Joined())).Question?.Text);
    }

    [Fact]
    public async Task One_conversation_over_its_rate_limit_gets_429_with_Retry_After_and_others_are_served()
    {
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["CoachBot:RateLimits:ConversationBurst"] = "3",
            ["CoachBot:RateLimits:ConversationPerMinute"] = "1",
        });
        using var client = server.CreateClient();
        var chatty = new ChannelUser(client);
        await chatty.SendAsync(chatty.Joined());
        await chatty.SayAsync(CoachingPlayer.Company);
        await chatty.SayAsync(CoachingPlayer.Role);

        using var limited = await chatty.PostAsync(chatty.Message("again"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var other = new ChannelUser(client);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await other.SendAsync(other.Joined())).Question?.Text);
    }

    [Fact]
    public async Task One_client_over_its_rate_limit_gets_429_with_Retry_After_before_its_body_is_read()
    {
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["CoachBot:RateLimits:ClientBurst"] = "2",
            ["CoachBot:RateLimits:ClientPerSecond"] = "1",
        });
        using var client = server.CreateClient();

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            var user = new ChannelUser(client);
            statuses.Add(await user.PostAsync(user.Joined()));
        }

        var limited = statuses.Where(response => response.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, response => Assert.NotNull(response.Headers.RetryAfter));
        Assert.All(statuses, response => Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        statuses.ForEach(response => response.Dispose());
    }

    private static async Task<JsonElement> NextMessageAsync(FakeConnector connector, CancellationToken cancellationToken)
    {
        while (true)
        {
            var call = await connector.NextCallAsync(cancellationToken);
            if (call.Activity.ValueKind == JsonValueKind.Object && call.Activity.GetProperty("type").GetString() == "message")
            {
                return call.Activity;
            }
        }
    }
}
