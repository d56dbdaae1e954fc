using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Coaching;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Storage;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Http;

/// <summary>
/// <c>POST /api/messages</c> through the real host on Kestrel: whole conversations with both delivery
/// modes, replies to a loopback Bot Connector that can throttle or fail, refused input, concurrent
/// messages, and a restart in the middle of a conversation.
/// </summary>
public sealed class BotFrameworkEndpointTests
{
    private static readonly string WelcomeStart = CoachingBot.Welcome[..CoachingBot.Welcome.IndexOf('{', StringComparison.Ordinal)];

    /// <summary>The intake questions, in the order the first-button answers meet them.</summary>
    private static readonly string[] IntakeQuestions =
    [
        IntakeDialog.CompanyOrEmailPrompt,
        IntakeDialog.RolePrompt,
        IntakeDialog.StagePrompt,
        IntakeDialog.HeardViaPrompt,
        IntakeDialog.HeardWhenPrompt,
        IntakeDialog.ReasonPrompt,
    ];

    private static readonly Dictionary<string, string?> SmallBodyLimit = new() { ["CoachBot:MaxRequestBodyBytes"] = "4096" };

    // ---- Whole conversations -------------------------------------------------------------------

    [Fact]
    public async Task A_whole_conversation_with_expectReplies_comes_back_in_the_response_bodies_and_ends_in_a_draft()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(clock: new FakeClock());
        using var client = server.CreateClient();
        // Teams sends a serviceUrl even with expectReplies; the replies must still come only in the body.
        var user = new ChannelUser(client) { ServiceUrl = connector.ServiceUrl };

        var opening = await user.SendAsync(user.Joined());
        Assert.StartsWith(WelcomeStart, opening.Replies[0].Text);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, opening.Question?.Text);

        var turns = await CoachingPlayer.PlayToTheEndAsync(user, opening);

        AssertWholeConversation(turns);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task With_normal_delivery_the_replies_go_to_the_connector_in_order_and_the_response_is_an_empty_200()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(clock: new FakeClock());
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };

        var turns = await CoachingPlayer.PlayToTheEndAsync(user, await user.SendAsync(user.Joined()));

        AssertWholeConversation(turns);
        var inboundIds = turns.Select(turn => (string?)turn.InboundId).ToHashSet();
        foreach (var turn in turns)
        {
            Assert.NotEmpty(turn.Calls);
            Assert.All(turn.Calls, call =>
            {
                Assert.True(call.Delivered);
                // A typing indicator is cancelled when its turn's work is done, and one already sent may still reach
                // the connector during the next turn: it must answer its own message, not this one.
                var answers = call.Activity.GetProperty("type").GetString() == "typing" ? call.ReplyToId : turn.InboundId;
                Assert.Contains(answers, inboundIds);
                // The reply route of the Connector API, under the serviceUrl's own path.
                Assert.Equal($"{FakeConnector.BasePath}/v3/conversations/{user.ConversationId}/activities/{answers}", call.Path);
                Assert.Equal(user.ConversationId, call.ConversationId);
                Assert.Equal(answers, call.ReplyToId);
                Assert.Equal("application/json", MediaTypeHeaderValue.Parse(call.ContentType!).MediaType);
                AssertWireFormat(call.Activity);
            });
        }

        Assert.Equal(turns.Sum(turn => turn.Calls.Count), connector.Calls.Count);

        // The same answers with expectReplies get the same replies in the same order.
        var twin = new ChannelUser(client);
        var twinTurns = await CoachingPlayer.PlayToTheEndAsync(twin, await twin.SendAsync(twin.Joined()));
        Assert.Equal(twinTurns.Select(turn => turn.Texts.ToList()), turns.Select(turn => turn.Texts.ToList()));
    }

    // ---- The connector throttles or fails ------------------------------------------------------

    [Fact]
    public async Task A_throttled_connector_is_retried_after_Retry_After_and_every_reply_arrives_exactly_once()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };
        connector.FailNext(1, HttpStatusCode.TooManyRequests, retryAfter: "0");
        connector.FailNext(1, HttpStatusCode.ServiceUnavailable, retryAfter: "0");

        var opening = await user.SendAsync(user.Joined());

        Assert.Equal([429, 503, 200, 200], opening.Calls.Select(call => call.Status));
        // The refused reply is sent again unchanged, and only then the next one.
        Assert.Single(opening.Calls.Take(3).Select(call => call.Activity.GetRawText()).Distinct());
        Assert.Equal(2, opening.Replies.Count);
        Assert.StartsWith(WelcomeStart, opening.Replies[0].Text);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, opening.Replies[1].Text);

        var next = await user.SayAsync(CoachingPlayer.Company);
        Assert.Equal(IntakeDialog.RolePrompt, Assert.Single(next.Replies).Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task After_a_429_the_bot_waits_exactly_the_Retry_After_before_sending_again(bool asHttpDate)
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        await using var connector = await FakeConnector.StartAsync();
        // The follow-up dispatcher's poll is a timer on this clock too: one that can't be mistaken for the wait.
        var poll = TimeSpan.FromDays(1);
        await using var server = await CoachBotServer.StartAsync(clock: clock, settings: new Dictionary<string, string?> { ["CoachBot:FollowUps:PollInterval"] = poll.ToString() });
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };
        // Retry-After is seconds or an HTTP date (RFC 9110): longer than the bot's own backoff cap, within its Retry-After cap.
        var retryAfter = asHttpDate ? (FakeClock.DefaultStart + TimeSpan.FromSeconds(30)).ToString("R") : "30";
        connector.FailNext(1, HttpStatusCode.TooManyRequests, retryAfter);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var sending = user.SendAsync(user.Joined());
        // The Connector's own timeouts run on the same clock; the wait is the timer that is not one of them.
        var wait = await clock.NextTimerAsync(due => ConnectorTimers.IsNotATimeout(due) && due != poll, timeout.Token);

        // Neither sooner (it would be throttled again) nor later than the connector asked.
        Assert.Equal(TimeSpan.FromSeconds(30), wait);
        Assert.Equal([429], connector.Calls.Select(call => call.Status));
        Assert.False(sending.IsCompleted);

        clock.Advance(wait);
        var opening = await sending;
        Assert.Equal([429, 200, 200], opening.Calls.Select(call => call.Status));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed, "0")]
    [InlineData(HttpStatusCode.BadGateway, "0")]
    [InlineData(HttpStatusCode.GatewayTimeout, "0")]
    [InlineData(HttpStatusCode.ServiceUnavailable, null)]
    public async Task Transient_connector_failures_are_retried_until_the_reply_is_delivered(HttpStatusCode status, string? retryAfter)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };
        connector.FailNext(1, status, retryAfter);

        var opening = await user.SendAsync(user.Joined());

        Assert.Equal([(int)status, 200, 200], opening.Calls.Select(call => call.Status));
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, opening.Question?.Text);
    }

    [Fact]
    public async Task When_the_connector_is_down_nothing_the_person_said_is_lost_and_the_question_comes_again_once_it_is_back()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };
        await user.SendAsync(user.Joined());
        Assert.Equal(IntakeDialog.RolePrompt, (await user.SayAsync(CoachingPlayer.Company)).Question?.Text);

        connector.GoDown(HttpStatusCode.InternalServerError);
        var failed = await user.SayAsync(CoachingPlayer.Role);

        // 500 is not transient: one attempt at the next question, refused. The turn itself succeeded and was
        // saved before its replies went out, so the answer is kept.
        Assert.Empty(failed.Replies);
        Assert.Equal([IntakeDialog.StagePrompt], failed.Calls.Select(call => new BotReply(call.Activity)).Where(reply => reply.Type == "message").Select(reply => reply.Text));
        Assert.Contains(CoachingPlayer.Role, StoredRows.Conversation(server.DatabasePath, user.ConversationId).Document, StringComparison.Ordinal);

        // The person, who never saw the question, says something again: the question comes again.
        connector.Recover();
        var repeated = await user.SayAsync(CoachingPlayer.Role);
        Assert.EndsWith(IntakeDialog.StagePrompt, Assert.Single(repeated.Replies).Text, StringComparison.Ordinal);
        Assert.Equal(IntakeDialog.HeardViaPrompt, (await user.SayAsync("Interview")).Question?.Text);
    }

    // ---- Input the endpoint refuses or ignores -------------------------------------------------

    [Fact]
    public async Task Malformed_JSON_is_refused_with_400()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);

        using var response = await user.PostRawAsync("""{"type":"message","text":"unfinished""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"type":"  "}""")]
    [InlineData("""{"type":7}""")]
    [InlineData("""{"text":"hi","conversation":{"id":"c1"}}""")]
    public async Task JSON_that_is_not_an_activity_with_a_type_is_refused_with_400(string body)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();

        using var response = await new ChannelUser(client).PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_body_that_is_not_JSON_content_is_refused_with_415(string? contentType)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(user.Message("hi").ToJsonString()));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await client.PostAsync(user.Endpoint, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_with_a_Content_Length_is_refused_with_413()
    {
        await using var server = await CoachBotServer.StartAsync(settings: SmallBodyLimit);
        using var client = server.CreateClient();
        var user = new ChannelUser(client);

        using var tooLarge = await user.PostAsync(user.Message(new string('x', 8 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        // The limit is the configured one, not a general refusal.
        using var fits = await user.PostAsync(user.Message(new string('x', 2 * 1024)));
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_configured_limit_is_refused_with_413()
    {
        await using var server = await CoachBotServer.StartAsync(settings: SmallBodyLimit);
        using var client = server.CreateClient();
        var user = new ChannelUser(client);

        using var tooLargeBody = new ChunkedJsonContent(user.Message(new string('x', 64 * 1024)).ToJsonString());
        Assert.Null(tooLargeBody.Headers.ContentLength);
        using var tooLarge = await client.PostAsync(user.Endpoint, tooLargeBody);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        // Chunked bodies within the limit are read as usual.
        using var fitsBody = new ChunkedJsonContent(user.Joined().ToJsonString());
        using var fits = await client.PostAsync(user.Endpoint, fitsBody);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        var replies = BotReply.ParseExpectedReplies(await fits.Content.ReadAsStringAsync());
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, replies[^1].Text);
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("conversation.id")]
    [InlineData("from")]
    [InlineData("from.id")]
    [InlineData("channelId")]
    public async Task A_message_without_conversation_id_from_id_or_channelId_is_refused_with_400(string missing)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        var message = user.Message("hi");
        var path = missing.Split('.');
        var parent = path.Length == 1 ? message : message[path[0]]!.AsObject();
        parent.Remove(path[^1]);

        using var response = await user.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/v3/relative")]
    [InlineData("ftp://connector.example/")]
    public async Task Normal_delivery_without_an_http_serviceUrl_is_refused_with_400(string? serviceUrl)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null };
        var message = user.Message("hi");
        if (serviceUrl is not null)
        {
            message["serviceUrl"] = serviceUrl;
        }

        using var response = await user.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(StoredRows.About(server.DatabasePath, user.ConversationId));
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://10.0.0.5:8080/")]
    public async Task Without_an_app_id_the_bot_answers_only_to_this_machine(string serviceUrl)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, ServiceUrl = new Uri(serviceUrl) };

        using var response = await user.PostAsync(user.Message("hi"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(StoredRows.About(server.DatabasePath, user.ConversationId));
    }

    [Fact]
    public async Task Turns_beyond_the_concurrency_limit_wait_their_turn_instead_of_being_refused()
    {
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?> { ["CoachBot:MaxConcurrentTurns"] = "1" });
        using var client = server.CreateClient();
        var people = Enumerable.Range(0, 8).Select(_ => new ChannelUser(client)).ToList();

        var turns = await Task.WhenAll(people.Select(person => person.SendAsync(person.Joined())));

        Assert.All(turns, turn => Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, turn.Question?.Text));
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_and_ignored_without_storing_anything()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { Connector = connector };

        var normalUser = new ChannelUser(client) { ConversationId = user.ConversationId, UserId = user.UserId, DeliveryMode = null, Connector = connector };

        var expectingReplies = await user.SendAsync(user.NewActivity("somethingNew"));
        using var normal = await normalUser.PostAsync(normalUser.NewActivity("somethingNew"));

        Assert.Empty(expectingReplies.Replies);
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Equal("", await normal.Content.ReadAsStringAsync());
        Assert.Empty(connector.Calls);
        Assert.Empty(StoredRows.About(server.DatabasePath, user.ConversationId));

        // The same conversation is stored as soon as something the bot handles arrives.
        await user.SendAsync(user.Joined());
        Assert.NotEmpty(StoredRows.About(server.DatabasePath, user.ConversationId));
    }

    [Fact]
    public async Task An_invoke_is_answered_501_not_implemented()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        var invoke = user.NewActivity("invoke");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "anything" } };

        using var response = await user.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(StoredRows.About(server.DatabasePath, user.ConversationId));
    }

    [Fact]
    public async Task Unknown_fields_and_entity_types_in_an_activity_are_accepted()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        var joined = user.Joined();
        joined["someFutureField"] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };
        joined["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" }, ["source"] = new JsonObject { ["name"] = "message" } };
        joined["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-GB", ["platform"] = "Web" }, new JsonObject { ["type"] = "somethingNew", ["x"] = 1 });
        joined["conversation"]!["someConversationField"] = true;
        joined["from"]!["someAccountField"] = "x";

        var turn = await user.SendAsync(joined);

        Assert.StartsWith(WelcomeStart, turn.Replies[0].Text);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, turn.Question?.Text);
        // The reply's conversation is the incoming one, unknown fields included.
        Assert.True(turn.Replies[0].Json.GetProperty("conversation").GetProperty("someConversationField").GetBoolean());
    }

    // ---- Concurrency and durability ------------------------------------------------------------

    [Fact]
    public async Task Quick_successive_messages_of_one_conversation_are_handled_one_at_a_time_without_losing_state()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        await user.SendAsync(user.Joined());

        // "1" answers each of the next five questions. It cannot be a company or a role, so each is asked
        // once more and then left out; at the stage question it is the first button.
        var turns = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => user.SayAsync("1")));

        Assert.All(turns, turn => Assert.DoesNotContain(TurnRunner.ErrorMessage, turn.Texts));
        // Each turn read what the one before it saved, so each asked a different, next question.
        string[] expected = [IntakeDialog.CompanyAgainPrompt, IntakeDialog.RolePrompt, IntakeDialog.RoleAgainPrompt, IntakeDialog.StagePrompt, IntakeDialog.HeardViaPrompt];
        Assert.Equal(expected.Order(), turns.Select(turn => turn.Question?.Text).Order());
        // One write per turn: the greeting and five answers.
        Assert.Equal(6, StoredRows.Conversation(server.DatabasePath, user.ConversationId).Version);

        await user.SayAsync("1");
        await user.SayAsync("1");
        var next = await user.SayAsync(IntakeDialog.NoReason);
        Assert.StartsWith(IntakeDialog.SummaryIntro, next.Question?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_on_the_same_database_the_conversation_continues_with_the_next_question()
    {
        var conversationId = $"a:1{Guid.NewGuid():N}";
        var userId = $"29:1{Guid.NewGuid():N}";
        string databasePath;
        await using (var server = await CoachBotServer.StartAsync())
        {
            databasePath = server.DatabasePath;
            using var client = server.CreateClient();
            var before = new ChannelUser(client) { ConversationId = conversationId, UserId = userId };
            await before.SendAsync(before.Joined());
            await before.SayAsync(CoachingPlayer.Company);
            Assert.Equal(IntakeDialog.StagePrompt, (await before.SayAsync(CoachingPlayer.Role)).Question?.Text);
        }

        await using var restarted = await CoachBotServer.StartAsync(databasePath);
        using var restartedClient = restarted.CreateClient();
        var after = new ChannelUser(restartedClient) { ConversationId = conversationId, UserId = userId };

        var next = await after.SayAsync("Interview");

        Assert.Equal(IntakeDialog.HeardViaPrompt, Assert.Single(next.Replies).Text);
        var turns = await CoachingPlayer.PlayToTheEndAsync(after, next);
        // The company given before the restart is in the draft written after it.
        Assert.Contains(CoachingPlayer.Company, FinalDraft(turns), StringComparison.Ordinal);
    }

    // ---- Helpers -------------------------------------------------------------------------------

    /// <summary>What every whole conversation must show, whichever way the replies travelled.</summary>
    private static void AssertWholeConversation(List<Turn> turns)
    {
        var transcript = CoachingPlayer.Transcript(turns);
        foreach (var turn in turns)
        {
            Assert.NotEmpty(turn.Replies);
            Assert.All(turn.Replies, reply => AssertAddressedAsReplyTo(turn.Inbound, reply));
        }

        // Every turn but the last ends on a question marked as one; the last asks nothing.
        Assert.All(turns.SkipLast(1), turn => Assert.Equal("expectingInput", turn.Question?.InputHint));
        Assert.All(turns[^1].Replies, reply => Assert.False(reply.IsAsking, $"The last turn still asks: {reply.Text}"));

        var questions = turns.SkipLast(1).Select(turn => turn.Question!.Text).ToList();
        Assert.True(questions.Take(IntakeQuestions.Length).SequenceEqual(IntakeQuestions), transcript);
        Assert.Contains(ReplyDialog.GoalPrompt, questions);
        Assert.Contains(ReplyDialog.RevisePrompt, questions);
        Assert.DoesNotContain(TurnRunner.ErrorMessage, turns.SelectMany(turn => turn.Texts));
        Assert.Contains(CoachingPlayer.Company, FinalDraft(turns), StringComparison.Ordinal);
    }

    /// <summary>The draft handed over as final ("ready to copy"), which must be the last draft shown.</summary>
    private static string FinalDraft(List<Turn> turns)
    {
        var drafts = turns.SelectMany(turn => turn.Replies).Where(reply => reply.DraftText is not null).ToList();
        var final = Assert.Single(drafts, reply => reply.Text is ReplyDialog.FinalDraft or ReplyDialog.FinalDraftAfterWait);
        Assert.Same(final, drafts[^1]);
        return final.DraftText!;
    }

    /// <summary>The protocol's reply addressing: same conversation and locale, sender and recipient swapped, replyToId set.</summary>
    private static void AssertAddressedAsReplyTo(JsonObject inbound, BotReply reply)
    {
        Assert.Equal("message", reply.Type);
        Assert.Equal((string?)inbound["channelId"], reply.ChannelId);
        Assert.True(JsonNode.DeepEquals(inbound["conversation"], JsonNode.Parse(reply.Json.GetProperty("conversation").GetRawText())), "The reply's conversation differs from the incoming one.");
        Assert.Equal((string?)inbound["recipient"]!["id"], reply.FromId);
        Assert.Equal((string?)inbound["from"]!["id"], reply.RecipientId);
        Assert.Equal((string?)inbound["id"], reply.ReplyToId);
        Assert.Equal((string?)inbound["locale"], reply.Locale);
        Assert.Contains(reply.InputHint, (string?[])["acceptingInput", "expectingInput", "ignoringInput"]);
    }

    /// <summary>What the Connector expects on the wire: a JSON object with camelCase names and the required fields.</summary>
    private static void AssertWireFormat(JsonElement activity)
    {
        Assert.Equal(JsonValueKind.Object, activity.ValueKind);
        foreach (var required in new[] { "type", "channelId", "replyToId" })
        {
            Assert.Equal(JsonValueKind.String, activity.GetProperty(required).ValueKind);
        }

        foreach (var account in new[] { "from", "recipient", "conversation" })
        {
            Assert.Equal(JsonValueKind.String, activity.GetProperty(account).GetProperty("id").ValueKind);
        }

        Assert.All(PropertyNames(activity), name => Assert.True(char.IsLower(name[0]), $"\"{name}\" is not camelCase."));
    }

    /// <summary>Every property name of the activity's own fields; a card's content follows the Adaptive Card schema instead.</summary>
    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            (property.Name == "content" ? [] : PropertyNames(property.Value)).Prepend(property.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    /// <summary>A JSON body written in chunks with no Content-Length, as a streaming client sends it.</summary>
    private sealed class ChunkedJsonContent : HttpContent
    {
        private readonly byte[] body;

        public ChunkedJsonContent(string json)
        {
            body = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var chunk in body.Chunk(1024))
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
