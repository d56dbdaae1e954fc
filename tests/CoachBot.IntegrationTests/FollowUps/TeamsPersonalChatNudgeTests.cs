using System.Net;
using System.Text.Json;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.FollowUps;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using CoachBot.Privacy;
using CoachBot.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.FollowUps;

/// <summary>
/// Teams nudges that need a personal chat the bot has to open itself (<c>POST /v3/conversations</c> with the
/// bot, the person and the tenant): the stored conversation is a shared channel, or the personal chat is
/// gone (the Connector answers 404 <c>ConversationNotFound</c>). Through the real host, SQLite and a
/// loopback Connector.
/// </summary>
public sealed class TeamsPersonalChatNudgeTests
{
    private const string ReviewAndSendOpening = "Ready to look at your reply to Contoso again?";

    [Fact]
    public async Task A_nudge_whose_personal_chat_is_gone_opens_a_new_one_sends_there_and_the_answer_there_is_understood()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeClock();
        await using var server = await CoachBotServer.StartAsync(clock: clock, settings: Quiet());
        using var client = server.CreateClient();
        var person = new ChannelUser(client) { Connector = connector };
        await CoachingPlayer.PlayToTheEndAsync(person, await person.SayAsync("Contoso turned me down for the Data Analyst Intern role"));

        // The reminder to send falls due; the Connector no longer knows the chat it was planned in.
        clock.Advance(TimeSpan.FromDays(1));
        connector.FailNext(1, HttpStatusCode.NotFound, code: "ConversationNotFound");
        await DispatchAsync(server);

        var created = Assert.Single(Creates(connector));
        Assert.Equal(person.BotId, created.Activity.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal(person.UserId, Assert.Single(created.Activity.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-1", created.Activity.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(created.Activity.GetProperty("isGroup").GetBoolean());

        var refused = Assert.Single(connector.Calls, call => call.ConversationId == person.ConversationId && !call.Delivered);
        Assert.Equal(404, refused.Status);
        var newChat = NewChatOf(connector, created);
        Assert.Single(NudgesTo(connector, newChat));
        Assert.Contains(MessagesTo(connector, newChat), text => text?.StartsWith(ReviewAndSendOpening, StringComparison.Ordinal) == true);

        // The person answers in the chat the nudge came to: it is the nudge's answer, not a stranger's hello.
        var there = new ChannelUser(client) { Connector = connector, ConversationId = newChat, UserId = person.UserId };
        Assert.Contains(NudgeTurns.MarkedDone, (await there.SayAsync(NudgeTurns.Done)).Texts);

        // Remembered: the next nudges go straight to the new chat; no chat is opened again, nothing goes to the old one.
        clock.Advance(TimeSpan.FromDays(100));
        await DispatchAsync(server);
        Assert.True(NudgesTo(connector, newChat).Count > 1);
        Assert.Single(Creates(connector));
        Assert.Single(connector.Calls, call => call.ConversationId == person.ConversationId);
    }

    [Fact]
    public async Task A_nudge_stored_with_a_channel_conversation_is_sent_to_the_persons_personal_chat_opened_for_it()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeClock();
        await using var server = await CoachBotServer.StartAsync(clock: clock, settings: Quiet());
        using var client = server.CreateClient();
        var person = new ChannelUser(client) { Connector = connector };
        await CoachingPlayer.PlayToTheEndAsync(person, await person.SayAsync("Contoso turned me down for the Data Analyst Intern role"));

        // The nudges name the career office's channel, where the person first spoke to the bot.
        const string CareerOfficeChannel = "19:career-office@thread.tacv2";
        var state = new StateStore(server.Services.GetRequiredService<IStorage>());
        var storage = server.Services.GetRequiredService<IStorage>();
        var keys = await storage.ListKeysAsync(FollowUpKeys.PrefixOf(PersonKeys.For("msteams", person.UserId, person.ConversationId)), CancellationToken.None);
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var document = await state.LoadAsync<FollowUp>(key, CancellationToken.None);
            document.Value.Reference = document.Value.Reference! with { ConversationId = CareerOfficeChannel, ConversationType = ConversationTypes.Channel };
            await state.SaveAsync(document.Ready(), CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromDays(1));
        await DispatchAsync(server);

        var created = Assert.Single(Creates(connector));
        Assert.Equal(person.UserId, Assert.Single(created.Activity.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-1", created.Activity.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(created.Activity.GetProperty("isGroup").GetBoolean());
        Assert.Single(NudgesTo(connector, NewChatOf(connector, created)));
        Assert.Contains(MessagesTo(connector, NewChatOf(connector, created)), text => text?.StartsWith(ReviewAndSendOpening, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(connector.Calls, call => call.ConversationId == CareerOfficeChannel);

        // Every follow-up of the person now names the personal chat.
        foreach (var key in keys)
        {
            var reference = (await state.LoadAsync<FollowUp>(key, CancellationToken.None)).Value.Reference!;
            Assert.Equal(ConversationTypes.Personal, reference.ConversationType);
            Assert.Equal(NewChatOf(connector, created), reference.ConversationId);
        }
    }

    /// <summary>Keeps the dispatcher's own loop from running while a test sets things up.</summary>
    private static Dictionary<string, string?> Quiet() => new() { ["CoachBot:FollowUps:PollInterval"] = "1.00:00:00" };

    private static async Task DispatchAsync(CoachBotServer server)
    {
        await server.Services.GetRequiredService<FollowUpDispatcher>().DispatchDueAsync(CancellationToken.None);
        await server.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();
    }

    private static List<ConnectorCall> Creates(FakeConnector connector) =>
        [.. connector.Calls.Where(call => call.Method == "POST" && call.ConversationId is null)];

    /// <summary>The conversation the bot opened: the one its messages went to after the create.</summary>
    private static string NewChatOf(FakeConnector connector, ConnectorCall created)
    {
        var calls = connector.Calls;
        return calls.Skip(calls.ToList().IndexOf(created) + 1).First(call => call.ConversationId is not null).ConversationId!;
    }

    /// <summary>The nudges delivered to a conversation: the messages that carry a nudge's stop choice.</summary>
    private static List<ConnectorCall> NudgesTo(FakeConnector connector, string conversationId) =>
        [.. connector.Calls.Where(call => call.ConversationId == conversationId && call.Delivered && call.Activity.ValueKind == JsonValueKind.Object
            && call.Activity.ToString().Contains(NudgeTurns.StopThese, StringComparison.Ordinal))];

    /// <summary>The texts of the messages delivered to a conversation.</summary>
    private static List<string?> MessagesTo(FakeConnector connector, string conversationId) =>
        [.. connector.Calls.Where(call => call.ConversationId == conversationId && call.Delivered && call.Activity.ValueKind == JsonValueKind.Object
            && call.Activity.TryGetProperty("text", out _))
            .Select(call => call.Activity.GetProperty("text").GetString())];
}
