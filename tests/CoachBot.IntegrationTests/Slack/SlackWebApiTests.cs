using System.Net;
using CoachBot.Channels.Slack;
using CoachBot.Coaching;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Slack;

/// <summary>The Web API client against the loopback fake: 429 waited out within a bound, <c>ok:false</c> as Slack's code, sends paced per channel.</summary>
public sealed class SlackWebApiTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_429_waits_its_Retry_After_on_the_clock_and_then_sends()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack, clock: clock);
        await using var _ = server;
        using var __ = client;
        slack.RateLimitNext("chat.postMessage", retryAfterSeconds: 7);
        var person = new SlackPerson(client, slack) { Now = clock.GetUtcNow };

        var saying = person.SayAsync("hi");
        using var timeout = new CancellationTokenSource(Timeout);
        await clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(7), timeout.Token);
        Assert.Single(slack.CallsTo("chat.postMessage"));
        clock.Advance(TimeSpan.FromSeconds(7));
        var replies = await saying;

        Assert.Equal(429, replies.Calls.First(call => call.Method == "chat.postMessage").Status);
        Assert.StartsWith("Hi, I'm CoachBot", replies.Posted.First(call => call.Ok).Field("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_longer_than_the_bound_is_not_waited_for()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack, extra: new Dictionary<string, string?> { ["CoachBot:Slack:MaxRetryAfter"] = "00:00:30" });
        await using var _ = server;
        using var __ = client;
        slack.RateLimitNext("chat.postMessage", retryAfterSeconds: 600);

        var replies = await new SlackPerson(client, slack).SayAsync("hi");

        // The turn is saved; its delivery stopped at the refused call, with nothing waited for or sent after it.
        var post = Assert.Single(replies.Posted);
        Assert.Equal(429, post.Status);
    }

    [Fact]
    public async Task Ok_false_surfaces_as_Slacks_code_and_an_unreachable_DM_is_marked_so()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        await using var _ = server;
        using var __ = client;
        var api = server.Services.GetRequiredService<SlackApiClient>();

        slack.FailNext("chat.postMessage", "channel_not_found");
        var error = await Assert.ThrowsAsync<SlackApiException>(() => api.CallAsync("chat.postMessage", FakeSlackApi.BotToken, new Dictionary<string, object?> { ["channel"] = "D0NONE", ["text"] = "x" }, CancellationToken.None));
        Assert.Equal("channel_not_found", error.Error);
        Assert.Equal("chat.postMessage", error.Method);
        var invalid = await Assert.ThrowsAsync<SlackApiException>(() => api.CallAsync("auth.test", "xoxb-not-a-token", new Dictionary<string, object?>(), CancellationToken.None));
        Assert.Equal("invalid_auth", invalid.Error);

        var person = new SlackPerson(client, slack);
        await person.SayAsync("hi");
        var reference = new ConversationReference { ChannelId = SlackChannel.Id, ConversationId = person.Channel, UserId = person.UserId, TenantId = person.TeamId };
        slack.FailNext("chat.postMessage", "is_archived");
        await server.Services.GetRequiredService<TurnRunner>().ContinueAsync(reference, EventNames.StartPrivately, null, "nudge-1", CancellationToken.None);

        var state = await server.Services.GetRequiredService<IStorage>().ReadAsync(reference.StateKey, CancellationToken.None);
        Assert.Contains("\"unreachable\":true", state!.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Messages_to_one_channel_are_paced_after_a_burst()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack, clock: clock, extra: new Dictionary<string, string?>
        {
            ["CoachBot:Slack:MessageInterval"] = "00:00:01",
            ["CoachBot:Slack:MessageBurst"] = "1",
        });
        await using var _ = server;
        using var __ = client;
        var person = new SlackPerson(client, slack) { Now = clock.GetUtcNow };

        // The welcome and the first question: the second waits a second for its turn.
        var saying = person.SayAsync("hi");
        using var timeout = new CancellationTokenSource(Timeout);
        await clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(1), timeout.Token);
        Assert.Single(slack.CallsTo("chat.postMessage"));
        clock.Advance(TimeSpan.FromSeconds(1));
        var replies = await saying;
        Assert.Equal(2, replies.Posted.Count);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, replies.Texts[^1]);
    }
}
