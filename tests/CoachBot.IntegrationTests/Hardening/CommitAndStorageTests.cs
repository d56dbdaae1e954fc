using System.Net;
using System.Runtime.Versioning;
using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.IntegrationTests.Hardening;

/// <summary>
/// Replies leave only after the turn is committed; a turn that cannot be saved says so plainly and
/// nothing else; /healthz sees what users see; a person's ten simultaneous finishes keep all ten cases;
/// storage that cannot be written stops the start with a clear message; the files are the owner's only.
/// </summary>
public sealed class CommitAndStorageTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_turn_whose_commit_fails_sends_only_the_plain_apology_and_the_next_answer_meets_the_old_question(bool expectReplies)
    {
        SwitchableStorage? storage = null;
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(services: services => services.AddSingleton<IStorage>(sp =>
            storage = new SwitchableStorage(new SqliteStorage(sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.Storage.Sqlite.Path))));
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = expectReplies ? ChannelUser.ExpectReplies : null, Connector = connector };
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await user.SendAsync(user.Joined())).Question?.Text);

        storage!.FailWrites = true;
        var failed = await user.SayAsync(CoachingPlayer.Company);
        storage.FailWrites = false;
        var retried = await user.SayAsync(CoachingPlayer.Company);

        Assert.Equal([TurnRunner.StorageUnavailableMessage], failed.Texts);
        Assert.DoesNotContain(failed.Calls, call => call.Activity.ValueKind == JsonValueKind.Object
            && call.Activity.GetProperty("type").GetString() == "message" && call.Activity.GetProperty("text").GetString() != TurnRunner.StorageUnavailableMessage);
        Assert.Equal(IntakeDialog.RolePrompt, retried.Question?.Text);
    }

    [Fact]
    public async Task Healthz_reports_a_storage_that_cannot_write_and_recovers_with_it()
    {
        SwitchableStorage? storage = null;
        await using var server = await CoachBotServer.StartAsync(services: services => services.AddSingleton<IStorage>(sp =>
            storage = new SwitchableStorage(new SqliteStorage(sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.Storage.Sqlite.Path))));
        using var client = server.CreateClient();

        using var healthy = await client.GetAsync("/healthz");
        storage!.FailWrites = true;
        using var failing = await client.GetAsync("/healthz");
        storage.FailWrites = false;
        using var recovered = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.True(failing.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Healthz_reports_a_stalled_disk_within_the_storage_timeout()
    {
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?> { ["CoachBot:Storage:Sqlite:Timeout"] = "00:00:00.300" });
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        // Another process holds the write lock: to the bot, the disk stopped answering.
        using var holder = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False");
        holder.Open();
        using (var command = holder.CreateCommand())
        {
            command.CommandText = "BEGIN IMMEDIATE;";
            command.ExecuteNonQuery();
        }

        using var stalled = await client.GetAsync("/healthz");
        using (var command = holder.CreateCommand())
        {
            command.CommandText = "ROLLBACK;";
            command.ExecuteNonQuery();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stalled.StatusCode);
    }

    [Fact]
    public async Task Ten_simultaneous_finishes_of_one_persons_conversations_keep_all_ten_cases()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        // One rehearsal finds the answers that lead to a finished case.
        var rehearsal = new ChannelUser(client);
        var played = await CoachingPlayer.PlayToTheEndAsync(rehearsal, await rehearsal.SendAsync(rehearsal.Joined()));
        var answers = played.Skip(1).Select(turn => (string)turn.Inbound["text"]!).ToList();

        var userId = $"29:1ten{Guid.NewGuid():N}";
        var conversations = Enumerable.Range(0, 10).Select(_ => new ChannelUser(client) { UserId = userId }).ToList();
        foreach (var conversation in conversations)
        {
            await conversation.SendAsync(conversation.Joined());
            foreach (var answer in answers[..^1])
            {
                await conversation.SayAsync(answer);
            }
        }

        await Task.WhenAll(conversations.Select(conversation => conversation.SayAsync(answers[^1])));

        var profile = Assert.Single(StoredRows.Read(server.DatabasePath), row => row.Key == $"user/msteams/{userId}");
        var caseKeys = JsonDocument.Parse(profile.Document).RootElement.GetProperty("caseKeys").EnumerateArray().Select(key => key.GetString()).ToList();
        Assert.Equal(10, caseKeys.Count);
        Assert.All(caseKeys, key => Assert.Contains(StoredRows.Read(server.DatabasePath), row => row.Key == key));
    }

    [Fact]
    public async Task A_database_folder_that_cannot_be_created_stops_the_start_with_a_clear_message()
    {
        var file = Path.Combine(TestDatabases.Folder, $"{Guid.NewGuid():N}.not-a-folder");
        await File.WriteAllTextAsync(file, "");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => CoachBotServer.StartAsync(databasePath: Path.Combine(file, "coachbot.db")));

        var unavailable = Assert.IsType<StorageUnavailableException>(Innermost<StorageUnavailableException>(failure));
        Assert.Contains("cannot open its database", unavailable.Message, StringComparison.Ordinal);
        Assert.Contains(file, unavailable.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_database_folder_and_the_keys_folder_are_the_owners_only_and_the_files_0600()
    {
        var folder = Path.Combine(TestDatabases.Folder, $"modes-{Guid.NewGuid():N}");
        await using var server = await CoachBotServer.StartAsync(databasePath: Path.Combine(folder, "coachbot.db"));
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { Endpoint = "/api/webchat", ConversationId = "", DeliveryMode = null, RepliesInBody = true };
        await user.SendAsync(user.Joined());

        const UnixFileMode ownerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Assert.Equal(ownerOnlyFolder, File.GetUnixFileMode(folder));
        Assert.Equal(ownerOnlyFolder, File.GetUnixFileMode(Path.Combine(folder, "keys")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "keys")));
        foreach (var file in new[] { "coachbot.db", "coachbot.db-wal", "coachbot.db-shm" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, file)));
        }
    }

    internal static Exception? Innermost<T>(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return current;
            }

            if (current is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                return Innermost<T>(aggregate.InnerExceptions[0]);
            }
        }

        return exception;
    }
}
