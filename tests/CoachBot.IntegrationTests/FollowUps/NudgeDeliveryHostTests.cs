using System.Text.Json;
using CoachBot.Conversations.Turns;
using CoachBot.FollowUps;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using CoachBot.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.FollowUps;

/// <summary>
/// Follow-up nudges through the real host: planned in a Teams conversation, stored in SQLite, delivered
/// by the dispatcher to a loopback Bot Connector at the conversation's stored serviceUrl.
/// </summary>
public sealed class NudgeDeliveryHostTests
{
    private const string ReviewAndSendOpening = "Ready to look at your reply to Contoso again?";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_nudge_planned_before_the_host_was_killed_is_delivered_once_after_it_starts_again()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeClock();
        string databasePath;
        string conversationId;
        await using (var first = await CoachBotServer.StartAsync(clock: clock, settings: Quiet()))
        {
            using var client = first.CreateClient();
            var person = new ChannelUser(client) { Connector = connector };
            await CoachingPlayer.PlayToTheEndAsync(person, await person.SayAsync("Contoso turned me down for the Data Analyst Intern role"));
            databasePath = first.DatabasePath;
            conversationId = person.ConversationId;
        }

        // The reminder to send the reply falls due while the bot is down (at 8 AM London time, after quiet hours).
        clock.Advance(TimeSpan.FromDays(1));
        var settings = Quiet();
        // Real time here: the dispatcher's own loop finds the nudge, within a fraction of a second.
        settings["CoachBot:FollowUps:PollInterval"] = "00:00:00.100";
        await using var second = await CoachBotServer.StartAsync(databasePath, clock, settings);

        var delivered = await NextNudgeAsync(connector, conversationId);
        Assert.StartsWith(ReviewAndSendOpening, delivered.Activity.GetProperty("text").GetString(), StringComparison.Ordinal);

        // Another pass, and the loop's own, find nothing more to send.
        Assert.Equal(0, await second.Services.GetRequiredService<FollowUpDispatcher>().DispatchDueAsync(CancellationToken.None));
        await second.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();
        Assert.Single(NudgesTo(connector, conversationId));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_deliver_each_nudge_once()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeClock();
        var settings = Quiet();
        settings["CoachBot:FollowUps:MaxPerDay"] = "10";
        settings["CoachBot:FollowUps:MaxPerCompany"] = "10";
        settings["CoachBot:FollowUps:PauseAfterIgnored"] = "10";
        await using var server = await CoachBotServer.StartAsync(clock: clock, settings: settings);
        using var client = server.CreateClient();
        var people = new List<ChannelUser>();
        for (var i = 0; i < 3; i++)
        {
            var person = new ChannelUser(client) { Connector = connector };
            await CoachingPlayer.PlayToTheEndAsync(person, await person.SayAsync("Contoso turned me down for the Data Analyst Intern role"));
            people.Add(person);
        }

        // Every nudge of every person is due.
        clock.Advance(TimeSpan.FromDays(100));
        var hosted = server.Services.GetRequiredService<FollowUpDispatcher>();
        var other = ActivatorUtilities.CreateInstance<FollowUpDispatcher>(server.Services);
        var claimed = await Task.WhenAll(hosted.DispatchDueAsync(CancellationToken.None), other.DispatchDueAsync(CancellationToken.None));
        await server.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();

        Assert.Equal(15, claimed.Sum());
        Assert.All(people, person =>
        {
            var nudges = NudgesTo(connector, person.ConversationId).Select(call => call.Activity.GetProperty("text").GetString()).ToList();
            Assert.Equal(5, nudges.Count);
            Assert.Equal(5, nudges.Distinct(StringComparer.Ordinal).Count());
        });
    }

    /// <summary>Settings that keep the dispatcher's own loop from running while a test sets things up.</summary>
    private static Dictionary<string, string?> Quiet() => new() { ["CoachBot:FollowUps:PollInterval"] = "1.00:00:00" };

    /// <summary>The nudges the connector was sent for a conversation: the messages that carry a nudge's stop choice.</summary>
    private static List<ConnectorCall> NudgesTo(FakeConnector connector, string conversationId) =>
        [.. connector.Calls.Where(call => call.ConversationId == conversationId && call.Method == "POST" && call.Activity.ValueKind == JsonValueKind.Object
            && call.Activity.ToString().Contains(NudgeTurns.StopThese, StringComparison.Ordinal))];

    private static async Task<ConnectorCall> NextNudgeAsync(FakeConnector connector, string conversationId)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var call = await connector.NextCallAsync(patience.Token);
            if (call.ConversationId == conversationId && call.Activity.ValueKind == JsonValueKind.Object
                && call.Activity.TryGetProperty("text", out var text) && text.GetString()?.StartsWith(ReviewAndSendOpening, StringComparison.Ordinal) == true)
            {
                return call;
            }
        }
    }
}
