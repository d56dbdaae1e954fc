using System.Globalization;
using CoachBot.Conversations.State;
using Npgsql;

namespace CoachBot.Storage;

/// <summary>
/// The PostgreSQL schema, as numbered SQL migrations applied in order at start-up. Each runs in its own
/// transaction and is recorded in <c>coachbot_migrations</c>; instances starting together take turns
/// under an advisory lock, so each migration runs once. An instance waits for that lock in rounds
/// (<see cref="AdvisoryLockWait"/>), so instances starting while a person is erased do not hold up the
/// erasure's purge. A migration, once released, is never edited: a change is a new one at the end.
/// </summary>
public static class PostgresMigrations
{
    // The two-key form of advisory locks ('CoBo', 1): its key space is apart from the conversation locks' one-key form.
    internal const int LockClass = 0x436F426F;
    internal const int LockObject = 1;

    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "bot_state", """
            -- Collation "C": keys compare by bytes, so prefix ranges use the primary key's index.
            CREATE TABLE bot_state (
                key         text COLLATE "C" NOT NULL PRIMARY KEY,
                document    text        NOT NULL,
                version     bigint      NOT NULL, -- the ETag: 1 when written afresh, +1 at each update
                updated_at  timestamptz NOT NULL,
                expires_at  timestamptz,          -- null: kept until deleted
                due_at      timestamptz,          -- null: never offered by ClaimDueAsync
                lease_owner text,
                lease_until timestamptz
            );
            -- Partial: most documents never expire and are never due.
            CREATE INDEX bot_state_expiry ON bot_state (expires_at) WHERE expires_at IS NOT NULL;
            CREATE INDEX bot_state_due ON bot_state (due_at) WHERE due_at IS NOT NULL;
            """),
        new(2, "data_protection_keys", """
            -- The web chat's Data Protection key ring (XML, encrypted when a certificate is configured).
            CREATE TABLE data_protection_keys (
                friendly_name text        NOT NULL PRIMARY KEY,
                xml           text        NOT NULL,
                created_at    timestamptz NOT NULL DEFAULT now()
            );
            """),
    ];

    /// <summary>Applies the migrations the database lacks, waiting for any other instance doing the same.</summary>
    /// <returns>The versions applied now.</returns>
    /// <exception cref="InvalidOperationException">The database has a migration this version does not know (it was written by a newer CoachBot).</exception>
    public static IReadOnlyList<int> Apply(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using (var takeLock = new NpgsqlCommand($"SELECT pg_advisory_lock({LockClass}, {LockObject})", connection))
        {
            // At start-up, before anything else runs on this thread: waiting synchronously blocks no one.
            AdvisoryLockWait.TakeAsync(takeLock, CancellationToken.None).GetAwaiter().GetResult();
        }

        try
        {
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS coachbot_migrations (
                    version    integer     NOT NULL PRIMARY KEY,
                    name       text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """);
            var applied = new HashSet<int>();
            using (var select = new NpgsqlCommand("SELECT version FROM coachbot_migrations", connection))
            using (var rows = select.ExecuteReader())
            {
                while (rows.Read())
                {
                    applied.Add(rows.GetInt32(0));
                }
            }

            if (applied.Count > 0 && applied.Max() > All[^1].Version)
            {
                throw new InvalidOperationException(
                    $"The database's schema is at migration {applied.Max()}, newer than this CoachBot knows ({All[^1].Version}): run the newer version, or restore a backup taken before it.");
            }

            var now = new List<int>();
            foreach (var migration in All.Where(migration => !applied.Contains(migration.Version)))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, migration.Sql, transaction);
                using var record = new NpgsqlCommand("INSERT INTO coachbot_migrations (version, name) VALUES ($1, $2)", connection, transaction)
                {
                    Parameters = { new NpgsqlParameter<int> { TypedValue = migration.Version }, new NpgsqlParameter<string> { TypedValue = migration.Name } },
                };
                record.ExecuteNonQuery();
                transaction.Commit();
                now.Add(migration.Version);
            }

            return now;
        }
        finally
        {
            Execute(connection, $"SELECT pg_advisory_unlock({LockClass}, {LockObject})");
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    internal static string Describe(IReadOnlyList<int> versions) =>
        versions.Count == 0 ? "none" : string.Join(", ", versions.Select(version => version.ToString(CultureInfo.InvariantCulture)));
}
