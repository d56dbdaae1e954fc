using System.Diagnostics;
using System.Net;
using CoachBot.Conversations.State;
using CoachBot.IntegrationTests.Http;
using Microsoft.Data.Sqlite;

namespace CoachBot.IntegrationTests.Channels;

/// <summary>
/// A turn told that its message was not taken in leaves nothing committed, even once the disk answers
/// again; and /healthz says a stalled disk is stalled within a couple of seconds.
/// </summary>
public sealed class StalledStorageTests
{
    [Fact]
    public async Task A_write_that_timed_out_is_never_committed_later()
    {
        var path = Path.Combine(TestDatabases.Folder, $"{Guid.NewGuid():N}.db");
        using var storage = new SqliteStorage(path, timeout: TimeSpan.FromMilliseconds(300));
        using var holder = HoldWriteLock(path);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync("conversation/test/stalled", """{"said":"Data Analyst"}""", null, CancellationToken.None));
        Release(holder);
        // The next write is queued behind the one that timed out: once it is stored, that one was dealt with.
        await storage.WriteAsync("conversation/test/after", "{}", null, CancellationToken.None);

        Assert.Null(await storage.ReadAsync("conversation/test/stalled", CancellationToken.None));
        Assert.NotNull(await storage.ReadAsync("conversation/test/after", CancellationToken.None));
    }

    [Fact]
    public async Task Healthz_reports_a_stalled_disk_within_a_few_seconds_whatever_the_turns_timeout()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        using var holder = HoldWriteLock(server.DatabasePath);

        var watch = Stopwatch.StartNew();
        using var stalled = await client.GetAsync("/healthz");
        watch.Stop();
        Release(holder);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stalled.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"/healthz took {watch.Elapsed}.");
    }

    /// <summary>Another process holds the write lock: to the bot, the disk stopped answering.</summary>
    private static SqliteConnection HoldWriteLock(string path)
    {
        var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        holder.Open();
        using var command = holder.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        command.ExecuteNonQuery();
        return holder;
    }

    private static void Release(SqliteConnection holder)
    {
        using var command = holder.CreateCommand();
        command.CommandText = "ROLLBACK;";
        command.ExecuteNonQuery();
    }
}
