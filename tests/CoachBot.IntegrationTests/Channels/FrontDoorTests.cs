using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Channels.BotFramework;
using CoachBot.Coaching;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Storage;
using CoachBot.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Channels;

/// <summary>
/// The front door's guarantees through the real host: a channel that never answers holds up only its own
/// turns; no outbound request goes where the guard would refuse it, whatever the delivery mode; a
/// conversation is read and changed only by its person; the engine's own events cannot be sent from
/// outside; a stored conversation finds its channel, and a proactive turn with an id runs once.
/// </summary>
public sealed class FrontDoorTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_Connector_that_never_answers_fills_only_its_channels_delivery_budget_and_everyone_else_is_served()
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        await using var dead = await FakeConnector.StartAsync();
        await using var alive = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(clock: clock, settings: new Dictionary<string, string?>
        {
            ["CoachBot:MaxWaitingTurns"] = "4",
            ["CoachBot:MaxDeliveriesPerChannel"] = "4",
        });
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

        // The hung channel's own budget is spent: its next turn is refused, and retried by the channel later.
        var oneMore = new ChannelUser(client) { DeliveryMode = null, Connector = dead };
        using var refused = await oneMore.PostAsync(oneMore.Joined());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);

        // Everyone else is served: in the response on both endpoints, and pushed on another channel.
        var asking = new ChannelUser(client);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await asking.SendAsync(asking.Joined()).WaitAsync(guard.Token)).Question?.Text);
        var page = new ChannelUser(client) { Endpoint = "/api/webchat", ConversationId = "", DeliveryMode = null, RepliesInBody = true };
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await page.SendAsync(page.Joined()).WaitAsync(guard.Token)).Question?.Text);
        var elsewhere = new ChannelUser(client) { ChannelId = "emulator", DeliveryMode = null, Connector = alive };
        using var pushed = await elsewhere.PostAsync(elsewhere.Joined());
        Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);
        var call = await alive.NextCallAsync(guard.Token);
        Assert.Equal(elsewhere.ConversationId, call.ConversationId);
        Assert.All(dead.Calls, hung => Assert.Equal(0, hung.Status));
    }

    [Fact]
    public async Task Without_an_app_id_an_expectReplies_group_chat_naming_a_foreign_serviceUrl_is_refused_and_nothing_is_sent_there()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        // 0.0.0.0 is not loopback to the guard, yet reaches the fake Connector on this machine: any call would show.
        var foreign = new UriBuilder(connector.ServiceUrl) { Host = "0.0.0.0" }.Uri;
        var user = new ChannelUser(client) { ChannelId = "emulator", ServiceUrl = foreign };
        var mention = user.Message("I got rejected, can you help?");
        mention["conversation"]!["conversationType"] = "groupChat";
        mention["conversation"]!["isGroup"] = true;

        using var relayed = await user.PostAsync(mention);
        var normal = new ChannelUser(client) { ChannelId = "emulator", ServiceUrl = foreign, DeliveryMode = null };
        using var relayedNormally = await normal.PostAsync(normal.Message("hi"));

        Assert.Equal(HttpStatusCode.Forbidden, relayed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, relayedNormally.StatusCode);
        await server.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Someone_reusing_another_persons_conversation_id_can_neither_continue_export_nor_erase_it()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var owner = new ChannelUser(client) { ChannelId = "emulator" };
        await owner.SendAsync(owner.Joined());
        await owner.SayAsync(CoachingPlayer.Company);
        var before = StoredRows.Conversation(server.DatabasePath, owner.ConversationId).Document;
        var intruder = new ChannelUser(client) { ChannelId = "emulator", ConversationId = owner.ConversationId };

        foreach (var attempt in new[] { "export my data", "delete my data", CoachingPlayer.Role })
        {
            using var response = await intruder.PostAsync(intruder.Message(attempt));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain(CoachingPlayer.Company, body, StringComparison.Ordinal);
        }

        // Claiming the conversation is shared does not open it either.
        var claimingShared = intruder.Message("help");
        claimingShared["conversation"]!["conversationType"] = "groupChat";
        using (var shared = await intruder.PostAsync(claimingShared))
        {
            Assert.Equal(HttpStatusCode.Forbidden, shared.StatusCode);
        }

        Assert.Equal(before, StoredRows.Conversation(server.DatabasePath, owner.ConversationId).Document);
        Assert.Equal(IntakeDialog.StagePrompt, (await owner.SayAsync(CoachingPlayer.Role)).Question?.Text);
    }

    [Fact]
    public async Task A_list_of_entities_with_a_hole_is_a_400_not_a_500()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        var message = user.Message("hi");
        message["entities"] = new JsonArray((JsonNode?)null);

        using var response = await user.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(EventNames.StartPrivately)]
    [InlineData(ConversationEvents.Unreachable)]
    public async Task The_engines_own_events_are_refused_from_outside(string eventName)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var owner = new ChannelUser(client) { Connector = connector };
        await owner.SendAsync(owner.Joined());
        await owner.SayAsync(CoachingPlayer.Company);
        var before = StoredRows.Conversation(server.DatabasePath, owner.ConversationId).Document;

        foreach (var deliveryMode in new[] { ChannelUser.ExpectReplies, null })
        {
            var sender = new ChannelUser(client) { ConversationId = owner.ConversationId, UserId = owner.UserId, DeliveryMode = deliveryMode, Connector = connector };
            var forged = sender.NewActivity("event");
            forged["name"] = eventName;
            using var response = await sender.PostAsync(forged);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        await server.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();
        Assert.Equal(before, StoredRows.Conversation(server.DatabasePath, owner.ConversationId).Document);
        Assert.Equal(IntakeDialog.RolePrompt, (await owner.SayAsync("help")).Question?.Text);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("webchat")]
    public async Task Azure_Bot_Services_relayed_channels_live_in_key_spaces_of_their_own(string channelId)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { ChannelId = channelId };

        await user.SendAsync(user.Joined());
        var reply = await user.SayAsync(CoachingPlayer.Company);

        Assert.Equal(IntakeDialog.RolePrompt, reply.Question?.Text);
        var keys = StoredRows.Read(server.DatabasePath).Select(row => row.Key).ToList();
        Assert.Contains($"conversation/{BotFrameworkChannels.RelayedPrefix}{channelId}/{user.ConversationId}", keys);
        Assert.DoesNotContain(keys, key => key.StartsWith($"conversation/{channelId}/", StringComparison.Ordinal) || key.StartsWith($"user/{channelId}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stored_conversation_finds_its_channel_and_a_proactive_turn_with_an_id_runs_once()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };
        await user.SendAsync(user.Joined());
        var reference = new ConversationReference
        {
            ChannelId = user.ChannelId,
            ConversationId = user.ConversationId,
            UserId = user.UserId,
            BotId = user.BotId,
            ServiceUrl = connector.ServiceUrl.AbsoluteUri,
        };
        var runner = server.Services.GetRequiredService<TurnRunner>();
        var calls = connector.Calls.Count;

        var first = await runner.ContinueAsync(reference, EventNames.StartPrivately, null, "nudge-1", CancellationToken.None);
        var afterFirst = connector.Calls.Count;
        var again = await runner.ContinueAsync(reference, EventNames.StartPrivately, null, "nudge-1", CancellationToken.None);

        Assert.IsType<BotFrameworkChannel>(server.Services.GetRequiredService<ChannelRegistry>().Find(reference.ChannelId));
        Assert.Equal(TurnStatus.Done, first.Status);
        Assert.True(afterFirst > calls);
        Assert.Equal(TurnStatus.Duplicate, again.Status);
        Assert.Equal(afterFirst, connector.Calls.Count);
    }
}
