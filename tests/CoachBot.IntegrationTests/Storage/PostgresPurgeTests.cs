using System.Data;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.Storage;
using CoachBot.Tests;
using Npgsql;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// The PostgreSQL purge against transactions older than the deletes. <c>VACUUM FULL</c> copies into the
/// new files a deleted row that such a transaction may still see, so the purge first waits for them on
/// its clock (here one that moves only when the test moves it, so a waiting purge cannot finish behind
/// the test's back), and gives up with a <see cref="TimeoutException"/> when they outlast its bound.
/// Each test has a database of its own (<see cref="TestPostgres.NewDatabase"/>): an old snapshot holds
/// back the rows of its own database only, so these tests' old snapshots delay no other test's purge.
/// Other tests' writes in progress (a transaction id holds rows back in every database) may delay these
/// purges for a moment, and the test moves the clock on as fast as the purge looks: so a purge that must
/// succeed gets a bound (<see cref="Patient"/>: thousands of looks at the server, seconds of real time)
/// that no such moment outlasts.
/// </summary>
public sealed class PostgresPurgeTests
{
    private const string Key = "user/msteams/29:erased";
    private const string KeptKey = "user/msteams/29:kept";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Patient = TimeSpan.FromHours(1);
    private readonly ManualClock clock = new(FakeClock.DefaultStart);

    // What keeps an older transaction's view of the deleted row: the snapshot of a repeatable-read
    // transaction in the same database (taken by a statement not on bot_state, whose lock would keep
    // VACUUM FULL out), or the id of a read-committed one in any database: every later snapshot, the
    // rewrite's own too, counts that transaction as running.
    [Theory]
    [PostgresData(IsolationLevel.RepeatableRead, "SELECT 1", false)]
    [PostgresData(IsolationLevel.ReadCommitted, "SELECT pg_current_xact_id()", false)]
    [PostgresData(IsolationLevel.ReadCommitted, "SELECT pg_current_xact_id()", true)]
    public async Task A_purge_waits_for_a_transaction_older_than_the_delete_to_end_and_then_leaves_no_copy_in_the_files(IsolationLevel isolation, string begin, bool inAnotherDatabase)
    {
        var database = TestPostgres.NewDatabase();
        using var dataSource = Migrated(database);
        var storage = new PostgresStorage(dataSource, clock, Patient);
        var secret = await WriteSecretAsync(storage, database);
        using var older = TestPostgres.Open(inAnotherDatabase ? TestPostgres.NewDatabase() : database);
        await using var transaction = await BeginAsync(older, isolation, begin);
        await storage.DeleteAsync(Key, null, None);

        var purge = storage.PurgeAsync(None);
        var firstDelay = await NextDelayOrEndAsync(purge);
        // A purge waiting on this clock cannot go on until the test moves it: no race.
        var waitedForTheOlderTransaction = firstDelay is not null && !purge.IsCompleted;
        await transaction.CommitAsync();
        await DriveAsync(purge, firstDelay);

        Assert.False(DatabaseFiles.Contain(database, secret), "The erased document is still in the table's files: the rewrite kept it for the older transaction.");
        Assert.True(waitedForTheOlderTransaction, "The purge did not wait for the older transaction.");
        Assert.True(DatabaseFiles.Contain(database, "Contoso"), "Someone else's document went too.");
    }

    [PostgresFact]
    public async Task An_older_snapshot_that_outlasts_the_bound_ends_the_purge_in_a_timeout_and_the_next_purge_succeeds()
    {
        var database = TestPostgres.NewDatabase();
        using var dataSource = Migrated(database);
        var storage = new PostgresStorage(dataSource, clock, Bound);
        var secret = await WriteSecretAsync(storage, database);
        using var older = TestPostgres.Open(database);
        await using var transaction = await BeginAsync(older, IsolationLevel.RepeatableRead, "SELECT 1");
        await storage.DeleteAsync(Key, null, None);

        var purge = storage.PurgeAsync(None);
        var waited = await DriveAsync(purge);

        var timedOut = await Assert.ThrowsAsync<TimeoutException>(() => purge);
        Assert.Equal(Bound, waited);
        Assert.DoesNotContain(secret, timedOut.Message, StringComparison.Ordinal);
        // The delete stands; only the files may still hold the row, as the exception says.
        Assert.Null(await storage.ReadAsync(Key, None));
        Assert.True(DatabaseFiles.Contain(database, secret), "The row was already gone from the files, so the timeout proves nothing.");

        await transaction.CommitAsync();
        var again = new PostgresStorage(dataSource, clock, Patient).PurgeAsync(None);
        await DriveAsync(again);
        await again;
        Assert.False(DatabaseFiles.Contain(database, secret), "The erased document is still in the table's files after the second purge.");
    }

    [PostgresFact]
    public async Task A_snapshot_in_another_database_without_a_transaction_id_does_not_hold_the_purge_up()
    {
        var database = TestPostgres.NewDatabase();
        using var dataSource = Migrated(database);
        var storage = new PostgresStorage(dataSource, clock, Patient);
        var secret = await WriteSecretAsync(storage, database);
        using var elsewhere = TestPostgres.Open(TestPostgres.NewDatabase());
        await using var transaction = await BeginAsync(elsewhere, IsolationLevel.RepeatableRead, "SELECT 1");
        await storage.DeleteAsync(Key, null, None);

        var purge = storage.PurgeAsync(None);
        await DriveAsync(purge);

        // PostgreSQL keeps deleted rows for the snapshots of their own database only (with no transaction
        // id of its own, this one is no running transaction to anyone else): had the purge waited for it,
        // it would have timed out.
        await purge;
        Assert.False(DatabaseFiles.Contain(database, secret));
    }

    /// <summary>
    /// An erasure's turn holds the conversation on instance A while the person's next message waits for it
    /// on instance B. B's wait must not keep a snapshot from before the erasure's deletes, or A's purge
    /// would wait for B, and B for A's turn, until the purge gave up with the data still in the files.
    /// </summary>
    [PostgresFact]
    public async Task A_conversation_waiting_on_another_instance_does_not_hold_up_the_purge_of_an_erasure_there()
    {
        var database = TestPostgres.NewDatabase();
        using var dataSourceA = Migrated(database);
        var waiter = $"waiter-{Guid.NewGuid():N}";
        using var dataSourceB = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(database)) { ApplicationName = waiter }.ConnectionString);
        using var locksA = new PostgresConversationLocks(dataSourceA);
        using var locksB = new PostgresConversationLocks(dataSourceB);
        var storage = new PostgresStorage(dataSourceA, clock, Patient);
        var secret = await WriteSecretAsync(storage, database);
        var erasing = await new ConversationGate(locksA).EnterAsync(Key, None);
        var waiting = new ConversationGate(locksB).EnterAsync(Key, None).AsTask();
        await UntilWaitingForTheLockAsync(database, waiter);
        await storage.DeleteAsync(Key, null, None);

        var purge = storage.PurgeAsync(None);
        await DriveAsync(purge);
        await purge;

        Assert.False(DatabaseFiles.Contain(database, secret), "The erased document is still in the table's files.");
        // B still waits for the lock A holds (no race): it did not let the purge through by giving up.
        Assert.False(waiting.IsCompleted, "The waiting instance gave up on the lock.");
        erasing.Dispose();
        (await waiting).Dispose();
    }

    /// <summary>
    /// Instance B starts while instance A holds the migrations' lock (A is applying them) and A erases a person.
    /// B's wait for the lock must not keep a snapshot from before the erasure's deletes, or the purge would wait
    /// for B, and B for the migrations, until the purge gave up with the data still in the files.
    /// </summary>
    [PostgresFact]
    public async Task An_instance_waiting_to_apply_migrations_does_not_hold_up_the_purge_of_an_erasure()
    {
        var database = TestPostgres.NewDatabase();
        using var dataSourceA = Migrated(database);
        var starting = $"starting-{Guid.NewGuid():N}";
        using var dataSourceB = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(database)) { ApplicationName = starting }.ConnectionString);
        var storage = new PostgresStorage(dataSourceA, clock, Patient);
        var secret = await WriteSecretAsync(storage, database);
        using var migrating = TestPostgres.Open(database);
        await ExecuteAsync(migrating, $"SELECT pg_advisory_lock({PostgresMigrations.LockClass}, {PostgresMigrations.LockObject})");
        var startingUp = Task.Run(() => PostgresMigrations.Apply(dataSourceB));
        await UntilWaitingForTheLockAsync(database, starting);
        await storage.DeleteAsync(Key, null, None);

        var purge = storage.PurgeAsync(None);
        await DriveAsync(purge);
        await purge;

        Assert.False(DatabaseFiles.Contain(database, secret), "The erased document is still in the table's files.");
        // B still waits for the lock (no race): it did not let the purge through by giving up.
        Assert.False(startingUp.IsCompleted, "The starting instance stopped waiting for the migrations' lock.");
        await ExecuteAsync(migrating, $"SELECT pg_advisory_unlock({PostgresMigrations.LockClass}, {PostgresMigrations.LockObject})");
        Assert.Empty(await startingUp);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteScalarAsync();
    }

    /// <summary>Until the session named <paramref name="applicationName"/> waits for a lock (looked up, not slept on).</summary>
    private static async Task UntilWaitingForTheLockAsync(string database, string applicationName)
    {
        await using var look = TestPostgres.Open(database);
        using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", look)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = applicationName } },
        };
        while ((long)(await waiting.ExecuteScalarAsync())! == 0)
        {
        }
    }

    private static NpgsqlDataSource Migrated(string database)
    {
        var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString(database, maxPoolSize: 5));
        PostgresMigrations.Apply(dataSource);
        return dataSource;
    }

    /// <summary>Someone else's document and the one to erase, with a secret the files can be searched for.</summary>
    private static async Task<string> WriteSecretAsync(PostgresStorage storage, string database)
    {
        var secret = $"Quokkasoft-{Guid.NewGuid():N}";
        await storage.WriteAsync([new(KeptKey, """{"company":"Contoso"}""", null), new(Key, $$"""{"company":"{{secret}}"}""", null)], None);
        Assert.True(DatabaseFiles.Contain(database, secret), "The document never reached the files, so the test proves nothing.");
        return secret;
    }

    /// <summary>A transaction that began before the delete and holds its view (or id) until committed.</summary>
    private static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, IsolationLevel isolation, string firstStatement)
    {
        var transaction = await connection.BeginTransactionAsync(isolation);
        await using var command = new NpgsqlCommand(firstStatement, connection, transaction);
        await command.ExecuteScalarAsync();
        return transaction;
    }

    /// <summary>The delay the purge waits for next on the clock; null if it ends first.</summary>
    private async Task<TimeSpan?> NextDelayOrEndAsync(Task purge)
    {
        using var stop = new CancellationTokenSource();
        var next = clock.NextTimerAsync(stop.Token).AsTask();
        if (await Task.WhenAny(purge, next) == next)
        {
            return await next;
        }

        // Not left waiting: it would take the next timer's due time from a later call.
        await stop.CancelAsync();
        await Task.WhenAny(next);
        return null;
    }

    /// <summary>Moves the clock on by each delay the purge waits for until it ends (starting with <paramref name="pending"/>, one it waits for already).</summary>
    /// <returns>How long it waited in all.</returns>
    private async Task<TimeSpan> DriveAsync(Task purge, TimeSpan? pending = null)
    {
        var waited = TimeSpan.Zero;
        for (var delay = pending ?? await NextDelayOrEndAsync(purge); delay is { } due; delay = await NextDelayOrEndAsync(purge))
        {
            waited += due;
            clock.Advance(due);
        }

        return waited;
    }
}
