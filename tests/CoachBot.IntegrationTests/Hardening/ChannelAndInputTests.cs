using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Coaching;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CoachBot.IntegrationTests.Hardening;

/// <summary>
/// Each endpoint owns its channels; ids are bounded and in a safe alphabet before they reach a storage
/// key or a log line; malformed member lists and channelData are 400s; what a client got wrong is logged
/// once, at information level, without its body.
/// </summary>
public sealed class ChannelAndInputTests
{
    [Theory]
    [InlineData("kaizala")]
    [InlineData("terminal")]
    [InlineData("msteams/webchat")]
    [InlineData("MSTEAMS")]
    public async Task Api_messages_refuses_channels_it_does_not_serve_and_stores_nothing(string channelId)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { ChannelId = channelId };

        using var response = await user.PostAsync(user.Joined());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(StoredRows.About(server.DatabasePath, user.ConversationId));
    }

    [Fact]
    public async Task The_local_development_channels_are_refused_once_an_app_id_is_configured()
    {
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-a-secret",
        });
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { ChannelId = "emulator" };

        using var response = await user.PostAsync(user.Joined());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public static TheoryData<string, string> OversizedOrUnsafeIds => new()
    {
        { "conversation", new string('c', 120 * 1024) },
        { "from", new string('u', 60 * 1024) },
        { "conversation", new string('c', 257) },
        { "conversation", "a/../b" },
        { "from", "29:1 with space" },
        { "conversation", "a:1\u0000x" },
    };

    [Theory]
    [MemberData(nameof(OversizedOrUnsafeIds))]
    public async Task Ids_too_long_or_outside_the_safe_alphabet_are_refused_before_storage(string field, string id)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        var joined = user.Joined();
        joined[field]!["id"] = id;

        using var response = await user.PostAsync(joined);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(StoredRows.Read(server.DatabasePath), row => row.Key.Contains(id, StringComparison.Ordinal) || row.Key.Contains(user.UserId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ids_at_the_limit_are_served()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { ConversationId = "19:" + new string('c', 248) + "@t.v2", UserId = "29:" + new string('u', 253) };

        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await user.SendAsync(user.Joined())).Question?.Text);
    }

    [Fact]
    public async Task Bad_member_lists_and_channelData_are_400s_logged_once_at_information_without_the_body()
    {
        await using var server = await CoachBotServer.StartAsync(services: services =>
            services.AddLogging(logging => logging.AddFakeLogging().AddFilter<FakeLoggerProvider>(null, LogLevel.Trace)));
        using var client = server.CreateClient();
        var user = new ChannelUser(client);
        var numericTenant = user.Message("secret words one");
        numericTenant["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = 12345 } };
        var nullMember = user.Joined();
        nullMember["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = user.UserId });
        var scalarChannelData = user.Message("secret words two");
        scalarChannelData["channelData"] = 7;
        var numericMention = user.Message("secret words three");
        numericMention["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = 5 }, ["text"] = 6 });
        var collector = server.Services.GetRequiredService<FakeLogCollector>();
        collector.Clear();

        foreach (var bad in new[] { numericTenant, nullMember, scalarChannelData })
        {
            using var response = await user.PostAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        // A mention whose fields are not strings is not one: the message is coached as it is.
        Assert.DoesNotContain(TurnRunner.ErrorMessage, (await user.SendAsync(numericMention)).Texts);

        var records = collector.GetSnapshot();
        var refusals = records.Where(record => record.Message.StartsWith("Refused a request", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, record => Assert.Equal(LogLevel.Information, record.Level));
        Assert.DoesNotContain(records, record => record.Level >= LogLevel.Warning);
        Assert.DoesNotContain(records, record => record.Message.Contains("secret words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_channelId_with_line_breaks_cannot_forge_a_log_line()
    {
        await using var server = await CoachBotServer.StartAsync(services: services =>
            services.AddLogging(logging => logging.AddFakeLogging().AddFilter<FakeLoggerProvider>(null, LogLevel.Trace)));
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { ChannelId = "msteams\ninfo: Admin signed in\r\nfail" };

        using var response = await user.PostAsync(user.Joined());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(server.Services.GetRequiredService<FakeLogCollector>().GetSnapshot(), record =>
        {
            Assert.DoesNotContain("Admin signed in", record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', record.Message);
        });
    }

    [Fact]
    public async Task A_body_that_ends_early_is_a_client_error_logged_at_information_not_an_application_failure()
    {
        await using var server = await CoachBotServer.StartAsync(services: services =>
            services.AddLogging(logging => logging.AddFakeLogging().AddFilter<FakeLoggerProvider>(null, LogLevel.Trace)));
        using var client = server.CreateClient();
        var collector = server.Services.GetRequiredService<FakeLogCollector>();
        var upload = await SlowUpload.StartAsync(server.BaseAddress, "/api/messages");

        // The refusal is the one record that says so; wait for it rather than for time to pass.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        upload.Abort();
        await foreach (var record in collector.GetLogsAsync(timeout.Token))
        {
            if (record.Message.StartsWith("Refused a request", StringComparison.Ordinal))
            {
                break;
            }
        }

        await upload.DisposeAsync();
        var records = collector.GetSnapshot();
        Assert.Equal(LogLevel.Information, Assert.Single(records, record => record.Message.StartsWith("Refused a request", StringComparison.Ordinal)).Level);
        Assert.DoesNotContain(records, record => record.Level >= LogLevel.Error);
        Assert.DoesNotContain(records, record => record.Message.Contains("\"type\"", StringComparison.Ordinal));
    }
}
