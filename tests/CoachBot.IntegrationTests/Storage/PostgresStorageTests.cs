using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Storage;
using CoachBot.Tests;
using Npgsql;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// What PostgreSQL adds to the storage contract: several instances on one database (each its own store,
/// connections and conversation locks), the migrations, the purge, and failures named without data.
/// </summary>
public sealed class PostgresStorageTests
{
    private const string Key = "conversation/msteams/a:1abc";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeClock clock = new();

    [PostgresFact]
    public async Task Each_instance_reads_what_the_other_wrote_at_once_and_a_write_from_a_stale_read_is_refused()
    {
        var database = TestPostgres.NewSchema();
        await using var a = StoreUnderTest.OpenPostgres(database, clock);
        await using var b = StoreUnderTest.OpenPostgres(database, clock);
        var first = await a.Storage.WriteAsync(Key, """{"step":1}""", null, None);
        Assert.Equal(first, (await a.Storage.ReadAsync(Key, None))?.ETag);

        var second = await b.Storage.WriteAsync(Key, """{"step":2}""", (await b.Storage.ReadAsync(Key, None))!.ETag, None);

        // A read of it a moment ago must not stand in for what B wrote since.
        Assert.Equal(new StoredDocument(Key, """{"step":2}""", second), await a.Storage.ReadAsync(Key, None));
        await Assert.ThrowsAsync<StorageConflictException>(() => a.Storage.WriteAsync(Key, """{"step":"stale"}""", first, None));
    }

    [PostgresFact]
    public async Task Instances_starting_together_apply_each_migration_once_and_a_restart_applies_none()
    {
        var database = TestPostgres.NewSchema();
        using var one = NpgsqlDataSource.Create(TestPostgres.ConnectionString(database));
        using var two = NpgsqlDataSource.Create(TestPostgres.ConnectionString(database));

        var applied = await Task.WhenAll(Task.Run(() => PostgresMigrations.Apply(one)), Task.Run(() => PostgresMigrations.Apply(two)));

        Assert.Equal(PostgresMigrations.All.Select(migration => migration.Version), applied.SelectMany(versions => versions).Order());
        Assert.Empty(PostgresMigrations.Apply(one));
        using var count = one.CreateCommand("SELECT count(*) FROM coachbot_migrations");
        Assert.Equal((long)PostgresMigrations.All.Count, (long)(await count.ExecuteScalarAsync())!);
    }

    [PostgresFact]
    public async Task A_database_migrated_by_a_newer_version_is_refused_rather_than_written_with_an_old_schema()
    {
        var database = TestPostgres.NewSchema();
        using var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString(database));
        PostgresMigrations.Apply(dataSource);
        using (var newer = dataSource.CreateCommand("INSERT INTO coachbot_migrations (version, name) VALUES (999, 'from the future')"))
        {
            await newer.ExecuteNonQueryAsync();
        }

        var refused = Assert.Throws<InvalidOperationException>(() => PostgresMigrations.Apply(dataSource));

        Assert.Contains("999", refused.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_conversation_entered_on_one_instance_waits_on_the_other_in_the_servers_queue_until_let_go()
    {
        var database = TestPostgres.NewSchema();
        using var dataSourceA = NpgsqlDataSource.Create(TestPostgres.ConnectionString(database));
        using var dataSourceB = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(database)) { ApplicationName = $"waiter-{Guid.NewGuid():N}" }.ConnectionString);
        using var locksA = new PostgresConversationLocks(dataSourceA);
        using var locksB = new PostgresConversationLocks(dataSourceB);
        var gateA = new ConversationGate(locksA);
        var gateB = new ConversationGate(locksB);
        var other = await gateB.EnterAsync("conversation/other", None);
        var held = await gateA.EnterAsync(Key, None);

        var waiting = gateB.EnterAsync(Key, None).AsTask();
        await UntilWaitingForAdvisoryLockAsync(dataSourceB);

        Assert.False(waiting.IsCompleted);
        held.Dispose();
        (await waiting).Dispose();
        other.Dispose();
        // Let go everywhere: A takes it again at once, on its shared session.
        (await gateA.EnterAsync(Key, None)).Dispose();
    }

    [PostgresFact]
    public async Task The_locks_of_an_instance_whose_connections_die_are_let_go_by_the_server()
    {
        var database = TestPostgres.NewSchema();
        var dying = $"dying-{Guid.NewGuid():N}";
        using var dataSourceA = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(database)) { ApplicationName = dying }.ConnectionString);
        using var dataSourceB = NpgsqlDataSource.Create(TestPostgres.ConnectionString(database));
        using var locksA = new PostgresConversationLocks(dataSourceA);
        using var locksB = new PostgresConversationLocks(dataSourceB);
        _ = await new ConversationGate(locksA).EnterAsync(Key, None);

        // As when the instance is killed: its sessions end without unlocking anything.
        using (var terminate = dataSourceB.CreateCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1"))
        {
            terminate.Parameters.Add(new NpgsqlParameter<string> { TypedValue = dying });
            await terminate.ExecuteNonQueryAsync();
        }

        (await new ConversationGate(locksB).EnterAsync(Key, None)).Dispose();
    }

    [PostgresFact]
    public async Task Dispatchers_on_two_instances_claiming_at_once_get_each_due_document_once()
    {
        var database = TestPostgres.NewSchema();
        await using var a = StoreUnderTest.OpenPostgres(database, clock);
        await using var b = StoreUnderTest.OpenPostgres(database, clock);
        var now = clock.GetUtcNow();
        await a.Storage.WriteAsync([.. Enumerable.Range(0, 200).Select(i => new DocumentChange($"nudge/{i:D3}", "{}", null, DueAt: now.AddSeconds(-i)))], None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? a : b).Storage.ClaimDueAsync("nudge/", now, $"dispatcher-{i}", TimeSpan.FromMinutes(5), 15, None)));

        var claimed = claims.SelectMany(batch => batch.Select(document => document.Key)).ToList();
        Assert.Equal(200, claimed.Count);
        Assert.Equal(200, claimed.Distinct().Count());
    }

    [PostgresFact]
    public async Task After_a_purge_a_deleted_document_is_in_none_of_the_tables_files()
    {
        // A database of its own: other tests' snapshots would make the purge wait (see PostgresPurgeTests).
        await using var store = StoreUnderTest.OpenPostgres(TestPostgres.NewDatabase(), clock);
        var secret = $"Quokkasoft-{Guid.NewGuid():N}";
        await store.Storage.WriteAsync([new("user/kept", """{"company":"Contoso"}""", null), new(Key, $$"""{"company":"{{secret}}"}""", null)], None);
        Assert.True(DatabaseFiles.Contain(store.DatabasePath!, secret), "The document never reached the files, so the test proves nothing.");

        await store.Storage.DeleteAsync(Key, null, None);
        Assert.True(DatabaseFiles.Contain(store.DatabasePath!, secret), "A plain delete already left no copy, so the purge is not what is tested.");
        await store.Storage.PurgeAsync(None);

        Assert.False(DatabaseFiles.Contain(store.DatabasePath!, secret));
        Assert.True(DatabaseFiles.Contain(store.DatabasePath!, "Contoso"));
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_unavailable_storage_without_the_connection_string()
    {
        using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=coachbot;Password=hunter2-secret;Timeout=2");
        var storage = new PostgresStorage(dataSource, clock);

        var read = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync(Key, None));
        var write = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync(Key, "{}", null, None));
        var probe = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ProbeAsync(None));

        Assert.All([read, write, probe], failure => Assert.DoesNotContain("hunter2", failure.Message, StringComparison.Ordinal));
        Assert.Contains("cannot be reached", read.Message, StringComparison.Ordinal);
    }

    /// <summary>Until a session of <paramref name="dataSource"/> waits for an advisory lock on the server (looked up, not slept on).</summary>
    private static async Task UntilWaitingForAdvisoryLockAsync(NpgsqlDataSource dataSource)
    {
        var applicationName = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).ApplicationName;
        using var look = NpgsqlDataSource.Create(TestPostgres.ServerConnectionString);
        while (true)
        {
            using var command = look.CreateCommand("""
                SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND NOT l.granted AND a.application_name = $1
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = applicationName! });
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }
        }
    }
}
