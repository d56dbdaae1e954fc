using System.Net;
using System.Text.Json;
using CoachBot.Channels.BotFramework;
using CoachBot.Conversations.Activities;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Http;

/// <summary>Telling the Connector's retry waits apart from its timeouts on a <see cref="ManualClock"/>.</summary>
internal static class ConnectorTimers
{
    public static bool IsNotATimeout(TimeSpan due) => due != ConnectorClient.AttemptTimeout && due != ConnectorClient.TotalTimeout;
}

/// <summary>
/// <see cref="ConnectorClient"/> as the app registers it (<c>AddBotConnector</c>), against the loopback
/// Connector: every operation's method, path and body, the retry policy, timeouts and redirects.
/// </summary>
public sealed class ConnectorClientTests
{
    // A Teams channel conversation id: ':' '@' and ';' must travel escaped and arrive intact.
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1700000000000";

    [Fact]
    public async Task A_send_posts_to_the_conversation_and_returns_the_new_id()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();

        var id = await Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(("POST", $"{FakeConnector.BasePath}/v3/conversations/{ConversationId}/activities", ConversationId, null), (call.Method, call.Path, call.ConversationId, call.ReplyToId));
        Assert.Equal("hello", call.Activity.GetProperty("text").GetString());
        Assert.Equal("connector-1", id);
        Assert.Null(call.Authorization);
    }

    [Fact]
    public async Task A_reply_posts_to_the_activity_it_answers_and_returns_the_new_id()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        var reply = Message();
        reply.ReplyToId = "1700000000000";

        var id = await Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, reply, CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(("POST", $"{FakeConnector.BasePath}/v3/conversations/{ConversationId}/activities/1700000000000"), (call.Method, call.Path));
        Assert.Equal("1700000000000", call.Activity.GetProperty("replyToId").GetString());
        Assert.Equal("connector-1", id);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"id":7}""")]
    public async Task A_send_whose_answer_has_no_id_returns_null(string body)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        connector.AnswerNext(1, HttpStatusCode.OK, body.Length == 0 ? null : body);

        Assert.Null(await Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None));
    }

    [Fact]
    public async Task An_update_puts_the_activity_at_its_id()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        var changed = Message("hello again");
        changed.Id = "0:activity;1";

        await Client(services).UpdateAsync(connector.ServiceUrl.AbsoluteUri, ConversationId, "0:activity;1", changed, CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.Equal((ConversationId, "0:activity;1"), (call.ConversationId, call.ReplyToId));
        Assert.Equal($"{FakeConnector.BasePath}/v3/conversations/{ConversationId}/activities/0:activity;1", call.Path);
        Assert.Equal("hello again", call.Activity.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_delete_deletes_the_activity_with_no_body()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();

        await Client(services).DeleteAsync(connector.ServiceUrl.AbsoluteUri, ConversationId, "1700000000001", CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(("DELETE", $"{FakeConnector.BasePath}/v3/conversations/{ConversationId}/activities/1700000000001"), (call.Method, call.Path));
        Assert.Equal(JsonValueKind.Undefined, call.Activity.ValueKind);
    }

    [Theory]
    [InlineData("tenant-1")]
    [InlineData(null)]
    public async Task Creating_a_conversation_posts_the_bot_the_member_and_the_tenant_and_returns_its_id(string? tenantId)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();

        var id = await Client(services).CreateConversationAsync(connector.ServiceUrl.AbsoluteUri, "28:bot", "29:1person", tenantId, CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(("POST", $"{FakeConnector.BasePath}/v3/conversations"), (call.Method, call.Path));
        var expected = tenantId is null
            ? """{"bot":{"id":"28:bot"},"members":[{"id":"29:1person"}],"isGroup":false}"""
            : """{"bot":{"id":"28:bot"},"members":[{"id":"29:1person"}],"channelData":{"tenant":{"id":"tenant-1"}},"isGroup":false}""";
        Assert.Equal(expected, call.Activity.GetRawText());
        Assert.Equal("a:created-1", id);
    }

    [Fact]
    public async Task Creating_a_conversation_whose_answer_has_no_id_fails()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        connector.AnswerNext(1, HttpStatusCode.OK, "{}");

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            Client(services).CreateConversationAsync(connector.ServiceUrl.AbsoluteUri, "28:bot", "29:1person", null, CancellationToken.None));
    }

    [Fact]
    public async Task The_members_of_a_conversation_are_read_as_accounts()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();

        var members = await Client(services).GetMembersAsync(connector.ServiceUrl.AbsoluteUri, ConversationId, CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(("GET", $"{FakeConnector.BasePath}/v3/conversations/{ConversationId}/members"), (call.Method, call.Path));
        Assert.Equal(["29:1member-one", "28:bot"], members.Select(member => member.Id));
        Assert.Equal("Member One", members[0].Name);
        Assert.Equal("00000000-0000-0000-0000-000000000001", members[0].AadObjectId);
    }

    // ---- Retries, refusals, timeouts -----------------------------------------------------------

    [Fact]
    public async Task After_a_429_the_call_waits_exactly_the_Retry_After_then_succeeds()
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector(clock);
        connector.FailNext(1, HttpStatusCode.TooManyRequests, retryAfter: "25");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var sending = Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);
        var wait = await clock.NextTimerAsync(ConnectorTimers.IsNotATimeout, timeout.Token);

        Assert.Equal(TimeSpan.FromSeconds(25), wait);
        Assert.False(sending.IsCompleted);
        clock.Advance(wait);
        Assert.Equal("connector-1", await sending);
        Assert.Equal([429, 200], connector.Calls.Select(call => call.Status));
    }

    [Theory]
    [InlineData("31")]
    [InlineData("3600")]
    public async Task A_Retry_After_beyond_the_cap_fails_at_once_instead_of_holding_the_turn(string retryAfter)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector(new ManualClock(FakeClock.DefaultStart));
        connector.FailNext(1, HttpStatusCode.TooManyRequests, retryAfter);

        // The manual clock never moves: the call can only finish if it schedules no wait.
        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Single(connector.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task Transient_failures_are_retried_until_the_call_succeeds(HttpStatusCode status)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        connector.FailNext(2, status, retryAfter: "0");

        var id = await Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);

        Assert.Equal([(int)status, (int)status, 200], connector.Calls.Select(call => call.Status));
        Assert.Equal("connector-1", id);
    }

    [Fact]
    public async Task Transient_failures_past_the_retries_surface_as_a_ConnectorException()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        connector.FailNext(int.MaxValue, HttpStatusCode.ServiceUnavailable, retryAfter: "0");

        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).DeleteAsync(connector.ServiceUrl.AbsoluteUri, ConversationId, "1", CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal(ConnectorClient.MaxRetries + 1, connector.Calls.Count);
    }

    [Fact]
    public async Task A_403_is_not_retried_and_carries_the_Connector_error_code_but_none_of_its_message()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        connector.AnswerNext(1, HttpStatusCode.Forbidden, """{"error":{"code":"MessageWritesBlocked","message":"The bot is not part of the conversation roster for person@example.edu."}}""");

        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).CreateConversationAsync(connector.ServiceUrl.AbsoluteUri, "28:bot", "29:1person", "tenant-1", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.True(refused.Forbidden);
        Assert.Equal("MessageWritesBlocked", refused.Code);
        Assert.Equal(HttpMethod.Post, refused.Method);
        Assert.DoesNotContain("roster", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("example.edu", refused.ToString(), StringComparison.Ordinal);
        Assert.Single(connector.Calls);
    }

    [Theory]
    [InlineData("""{"error":{"code":"ContentStreamNotAllowed","message":"x"}}""", "ContentStreamNotAllowed")]
    [InlineData("""{"error":{"code":"not a code <script>","message":"x"}}""", null)]
    [InlineData("""{"error":{"code":42}}""", null)]
    [InlineData("""{"error":"MessageWritesBlocked"}""", null)]
    [InlineData("""[1,2]""", null)]
    [InlineData("""<html>Forbidden</html>""", null)]
    [InlineData(null, null)]
    public async Task The_error_code_is_read_only_when_it_is_a_code(string? body, string? code)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        connector.AnswerNext(1, HttpStatusCode.Forbidden, body);

        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None));

        Assert.Equal(code, refused.Code);
    }

    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    [InlineData(HttpStatusCode.MovedPermanently)]
    public async Task A_redirect_is_not_followed_and_fails_the_call(HttpStatusCode status)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();
        // Somewhere the fake would accept: following it would show as a second call.
        connector.AnswerNext(1, status, null, location: new Uri(connector.ServiceUrl, $"v3/conversations/elsewhere/activities").AbsoluteUri);

        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None));

        Assert.Equal(status, refused.Status);
        Assert.Single(connector.Calls);
    }

    [Fact]
    public async Task A_Connector_that_never_answers_times_out_without_further_attempts()
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector(clock);
        connector.HangNext(int.MaxValue);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var sending = Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);
        await connector.NextCallAsync(timeout.Token);
        Assert.False(sending.IsCompleted);
        clock.Advance(ConnectorClient.AttemptTimeout);

        await Assert.ThrowsAsync<TimeoutException>(() => sending);
        Assert.Single(connector.Calls);
    }

    [Fact]
    public async Task Retries_stop_at_the_overall_timeout()
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector(clock);
        connector.FailNext(int.MaxValue, HttpStatusCode.TooManyRequests, retryAfter: "30");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var sending = Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);
        // Two full waits of 30 s (the cap) reach the 1-minute limit for the whole call.
        clock.Advance(await clock.NextTimerAsync(ConnectorTimers.IsNotATimeout, timeout.Token));
        clock.Advance(await clock.NextTimerAsync(ConnectorTimers.IsNotATimeout, timeout.Token));

        await Assert.ThrowsAsync<TimeoutException>(() => sending);
        Assert.Equal(2, connector.Calls.Count);
    }

    // ---- Helpers -------------------------------------------------------------------------------

    /// <summary>The Connector's services as the app registers them, on <paramref name="clock"/>.</summary>
    internal static ServiceProvider Connector(TimeProvider? clock = null, IDictionary<string, string?>? settings = null, FakeTokenEndpoint? tokens = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSingleton<IConfiguration>(configuration);
        services.AddBotConnector(configuration);
        tokens?.TrustIn(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    internal static ConnectorClient Client(IServiceProvider services) => services.GetRequiredService<ConnectorClient>();

    internal static Activity Message(string text = "hello") => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        From = new ChannelAccount { Id = "28:bot" },
        Recipient = new ChannelAccount { Id = "29:1person" },
        Conversation = new ConversationAccount { Id = ConversationId },
    };
}
