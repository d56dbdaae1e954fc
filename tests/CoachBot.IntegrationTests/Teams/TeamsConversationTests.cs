using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Channels.BotFramework;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Storage;
using CoachBot.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Teams;

/// <summary>CoachBot in Teams, over HTTP with the real host and a loopback Bot Connector.</summary>
public sealed class TeamsConversationTests
{
    private const string TeamChannel = "19:career-office@thread.tacv2";

    [Fact]
    public async Task In_a_team_channel_a_mention_gets_general_guidance_and_the_coaching_moves_to_a_personal_chat()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var member = new ChannelUser(client) { DeliveryMode = null, Connector = connector, ConversationId = TeamChannel };

        var turn = await member.SendAsync(InChannel(member, "<at>CoachBot</at> Quokkasoft just turned me down, can you help?"));

        var inChannel = Messages(turn, TeamChannel);
        Assert.Equal([string.Format(CultureInfo.InvariantCulture, SharedConversations.GoingPrivate, string.Empty)], inChannel.Select(reply => reply.Text));
        var created = Assert.Single(turn.Calls, call => call.Method == "POST" && call.ConversationId is null);
        Assert.Equal(member.UserId, created.Activity.GetProperty("members")[0].GetProperty("id").GetString());
        var personal = turn.Calls.Where(call => call.ConversationId is { } id && id != TeamChannel && call.Activity.GetProperty("type").GetString() == "message")
            .Select(call => new BotReply(call.Activity)).ToList();
        Assert.StartsWith("Hi, I'm CoachBot", personal[0].Text, StringComparison.Ordinal);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, personal[^1].Text);
        Assert.Null(personal[0].ReplyToId);
        // Nothing of the person's rejection is written in the channel, nor kept in its state.
        Assert.DoesNotContain(turn.Calls.Where(call => call.ConversationId == TeamChannel), call => call.Activity.ToString().Contains("Quokkasoft", StringComparison.Ordinal));
        Assert.DoesNotContain(StoredRows.About(server.DatabasePath, TeamChannel), row => row.Document.Contains("Quokkasoft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_mention_is_removed_so_a_command_after_it_is_understood()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var member = new ChannelUser(client) { ConversationId = TeamChannel };

        var turn = await member.SendAsync(InChannel(member, "<at>CoachBot</at>  help "));

        Assert.Equal([SharedConversations.SharedHelp], turn.Texts);
    }

    [Fact]
    public async Task A_team_install_posts_one_short_welcome_and_no_intake()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var team = new ChannelUser(client) { ConversationId = TeamChannel };

        var install = InChannel(team, text: null, type: "installationUpdate");
        install["action"] = "add";
        var first = await team.SendAsync(install);
        var again = await team.SendAsync(InChannel(team, text: null, type: "installationUpdate", action: "add"));

        var welcome = Assert.Single(first.Replies);
        Assert.StartsWith("Hi everyone, I'm CoachBot, an AI career coach", welcome.Text, StringComparison.Ordinal);
        Assert.False(welcome.IsAsking);
        Assert.Empty(again.Replies);
    }

    [Fact]
    public async Task An_uninstall_marks_the_person_unreachable_until_they_write_again()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        await user.SendAsync(user.Joined());

        var removed = user.NewActivity("installationUpdate");
        removed["action"] = "remove";
        await user.SendAsync(removed);

        Assert.Contains("\"unreachable\":true", StoredRows.Conversation(server.DatabasePath, user.ConversationId).Document, StringComparison.Ordinal);
        await user.SayAsync("hi again");
        Assert.DoesNotContain("\"unreachable\":true", StoredRows.Conversation(server.DatabasePath, user.ConversationId).Document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resent_activity_is_coached_once_also_after_a_restart()
    {
        await using var connector = await FakeConnector.StartAsync();
        var database = Path.Combine(TestDatabases.Folder, $"{Guid.NewGuid():N}.db");
        var user = new ChannelUser(new HttpClient()) { DeliveryMode = null, Connector = connector };
        var message = user.Message("Contoso");
        await using (var server = await CoachBotServer.StartAsync(database))
        {
            using var client = server.CreateClient();
            var first = new ChannelUser(client) { DeliveryMode = null, Connector = connector, ConversationId = user.ConversationId, UserId = user.UserId };
            await first.SendAsync(first.Joined());
            Assert.Equal(IntakeDialog.RolePrompt, (await first.SendAsync(message)).Question?.Text);
            Assert.Empty((await first.SendAsync(message)).Replies);
        }

        await using (var restarted = await CoachBotServer.StartAsync(database))
        {
            using var client = restarted.CreateClient();
            var again = new ChannelUser(client) { DeliveryMode = null, Connector = connector, ConversationId = user.ConversationId, UserId = user.UserId };
            // Only the typing indicator, sent before the turn looks at its state.
            Assert.Empty((await again.SendAsync(message)).Replies);
            Assert.Equal(IntakeDialog.StagePrompt, (await again.SayAsync("Data Analyst")).Question?.Text);
        }
    }

    [Fact]
    public async Task Long_choice_lists_become_a_card_short_ones_stay_buttons_and_lists_keep_their_line_breaks()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        await user.SendAsync(user.Joined());
        await user.SayAsync("Contoso");

        var stage = (await user.SayAsync("Data Analyst")).Question!;
        var help = (await user.SayAsync("help")).Replies[0];

        Assert.False(stage.Json.TryGetProperty("suggestedActions", out _));
        var card = Assert.Single(stage.Cards);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal(Labels(Choices.Stages), stage.SuggestedValues);
        Assert.Contains("\n\n- help: this message\n- help now:", help.Text, StringComparison.Ordinal);
        // A card button's value, sent back without text, is read as the choice.
        var clicked = user.Message("");
        clicked["value"] = new JsonObject { ["choice"] = "Final round" };
        Assert.Equal(IntakeDialog.HeardViaPrompt, (await user.SendAsync(clicked)).Question?.Text);
        Assert.Equal(3, (await user.SayAsync("help")).Question?.SuggestedValues.Count);
    }

    [Fact]
    public async Task A_draft_streams_into_a_personal_chat_at_most_once_a_second_and_ends_with_the_final_message()
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        var drafter = new PiecewiseDrafter(clock, ["Dear hiring team, ", "thank you for ", "the interview."], TimeSpan.FromMilliseconds(600));
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(clock: clock, services: services => services.AddSingleton<IReplyDrafter>(drafter));
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };
        var beforeDraft = await ReachSignatureQuestionAsync(user);

        var drafted = await user.SayAsync(beforeDraft.SuggestedValues[0]);

        var updates = drafted.Calls.Where(call => StreamType(call) == "streaming").Select(call => call.Activity).ToList();
        Assert.Equal(["Dear hiring team, ", "Dear hiring team, thank you for the interview."], updates.Select(update => update.GetProperty("text").GetString()));
        Assert.Equal([1, 2], updates.Select(update => StreamInfo(update).GetProperty("streamSequence").GetInt32()));
        var final = Assert.Single(drafted.Calls, call => StreamType(call) == "final");
        var streamId = StreamInfo(final.Activity).GetProperty("streamId").GetString();
        Assert.StartsWith("connector-", streamId, StringComparison.Ordinal);
        Assert.Equal(streamId, StreamInfo(updates[1]).GetProperty("streamId").GetString());
        Assert.Equal("Dear hiring team, thank you for the interview.", new BotReply(final.Activity).DraftText);
        Assert.Equal(ReplyDialog.RevisePrompt, drafted.Question?.Text);
    }

    [Fact]
    public async Task Where_streaming_is_not_enabled_the_draft_comes_as_one_ordinary_message()
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        var drafter = new PiecewiseDrafter(clock, ["Dear hiring team, ", "thank you."], TimeSpan.FromMilliseconds(1500));
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(clock: clock, services: services => services.AddSingleton<IReplyDrafter>(drafter));
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };
        var beforeDraft = await ReachSignatureQuestionAsync(user);
        // The typing indicator, then the stream's first update: both refused as a group chat would.
        connector.AnswerNext(2, HttpStatusCode.BadRequest, """{"error":{"code":"BadArgument","message":"Streaming API is not enabled"}}""");

        var drafted = await user.SayAsync(beforeDraft.SuggestedValues[0]);

        Assert.DoesNotContain(drafted.Calls, call => StreamType(call) == "final");
        Assert.Equal("Dear hiring team, thank you.", Assert.Single(drafted.Replies, reply => reply.DraftText is not null).DraftText);
    }

    [Fact]
    public async Task A_message_sent_unasked_and_refused_with_403_marks_the_person_unreachable()
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
        connector.AnswerNext(1, HttpStatusCode.Forbidden, """{"error":{"code":"MessageWritesBlocked","message":"The user blocked the bot."}}""");

        await server.Services.GetRequiredService<TurnRunner>()
            .ContinueAsync(reference, EventNames.StartPrivately, null, server.Services.GetRequiredService<BotFrameworkChannel>(), CancellationToken.None);

        Assert.Contains("\"unreachable\":true", StoredRows.Conversation(server.DatabasePath, user.ConversationId).Document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_turn_is_acknowledged_at_once_and_its_replies_follow()
    {
        var drafting = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(services: services => services.AddSingleton<IReplyDrafter>(new WaitingDrafter(drafting.Task)));
        using var settled = server.CreateClient();
        var user = new ChannelUser(settled) { DeliveryMode = null, Connector = connector };
        var beforeDraft = await ReachSignatureQuestionAsync(user);
        using var unsettled = new HttpClient { BaseAddress = server.BaseAddress };
        var sameUser = new ChannelUser(unsettled) { DeliveryMode = null, Connector = connector, ConversationId = user.ConversationId, UserId = user.UserId };

        using var response = await sameUser.PostAsync(sameUser.Message(beforeDraft.SuggestedValues[0]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var calls = connector.Calls.Count;
        drafting.SetResult("Dear hiring team, thank you.");
        await server.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();
        Assert.Contains(connector.Calls.Skip(calls), call => new BotReply(call.Activity).DraftText == "Dear hiring team, thank you.");
    }

    private sealed class WaitingDrafter(Task<string> draft) : IReplyDrafter
    {
        public Task<string> DraftAsync(DraftRequest request, CancellationToken cancellationToken) => draft;
    }

    private static async Task<BotReply> ReachSignatureQuestionAsync(ChannelUser user)
    {
        await user.SendAsync(user.Joined());
        await user.SayAsync("Contoso");
        await user.SayAsync("Data Analyst");
        await user.SayAsync("Interview");
        await user.SayAsync("By e-mail");
        await user.SayAsync("Earlier this week");
        await user.SayAsync("No reason given");
        await user.SayAsync("Skip");
        await user.SayAsync(IntakeDialog.LooksRight);
        var goals = (await user.SayAsync("Disappointed")).Question!;
        Assert.Equal(ReplyDialog.GoalPrompt, goals.Text);
        // How to sign it is asked once, after the goal: its answer is the one that starts the draft.
        var asked = (await user.SayAsync(goals.SuggestedValues[0])).Question!;
        Assert.Equal(ReplyDialog.SignaturePrompt, asked.Text);
        return asked;
    }

    private static JsonObject InChannel(ChannelUser member, string? text, string type = "message", string? action = null)
    {
        var activity = text is null ? member.NewActivity(type) : member.Message(text);
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;
        if (action is not null)
        {
            activity["action"] = action;
        }

        if (text is not null)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>CoachBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = member.BotId, ["name"] = member.BotName },
            });
        }

        return activity;
    }

    private static List<BotReply> Messages(Turn turn, string conversationId) =>
        turn.Calls.Where(call => call.ConversationId == conversationId && call.Activity.GetProperty("type").GetString() == "message")
            .Select(call => new BotReply(call.Activity)).ToList();

    private static string[] Labels<T>(Option<T>[] options) where T : struct, Enum => options.Select(option => option.Label).ToArray();

    private static string? StreamType(ConnectorCall call) =>
        call.Activity.ValueKind == JsonValueKind.Object && call.Activity.TryGetProperty("entities", out _) && StreamInfo(call.Activity) is { ValueKind: JsonValueKind.Object } info
            ? info.GetProperty("streamType").GetString()
            : null;

    private static JsonElement StreamInfo(JsonElement activity) =>
        activity.GetProperty("entities").EnumerateArray().FirstOrDefault(entity => entity.GetProperty("type").GetString() == "streaminfo");

    /// <summary>A drafter that writes in pieces, the clock moving on between them as a model's would.</summary>
    private sealed class PiecewiseDrafter(ManualClock clock, string[] pieces, TimeSpan between) : IStreamingReplyDrafter
    {
        public Task<string> DraftAsync(DraftRequest request, CancellationToken cancellationToken) => Task.FromResult(string.Concat(pieces));

        public async Task<string> StreamAsync(DraftRequest request, Func<string, CancellationToken, Task> show, CancellationToken cancellationToken)
        {
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    clock.Advance(between);
                }

                await Task.Yield();
                await show(pieces[i], cancellationToken);
            }

            return string.Concat(pieces);
        }
    }
}
