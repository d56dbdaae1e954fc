using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CoachBot.Conversations.State;

public sealed partial class SqliteStorage
{
    /// <summary>Something queued for the writer; done with a number whose meaning depends on the kind.</summary>
    private abstract record PendingWrite
    {
        private const int Waiting = 0, Committing = 1, Abandoned = 2;
        private int state;

        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Whether the one waiting for it gave up (it was told nothing was stored), so it must never be committed.</summary>
        public bool IsAbandoned => Volatile.Read(ref state) == Abandoned;

        /// <summary>The waiter gives up; false when the writer is committing it already, so its outcome will come.</summary>
        public bool TryAbandon() => Interlocked.CompareExchange(ref state, Abandoned, Waiting) == Waiting;

        /// <summary>The writer is about to commit it; false when its waiter gave up meanwhile.</summary>
        public bool TryClaim() => Interlocked.CompareExchange(ref state, Committing, Waiting) == Waiting;

        public void Unclaim() => Interlocked.CompareExchange(ref state, Waiting, Committing);
    }

    /// <summary>A set of changes waiting for the next commit; done with the index of the refused change, or -1.</summary>
    private sealed record PendingChanges(IReadOnlyList<DocumentChange> Changes, long?[] ExpectedVersions) : PendingWrite;

    /// <summary>Work the writer runs on its own between two commits (deleting expired rows, purging); done with its result.</summary>
    private sealed record PendingChore(Func<Writer, int> Work) : PendingWrite;

    /// <summary>
    /// The write connection with its session settings; with <paramref name="schema"/>, also checks that the
    /// database can be written at all (not read-only, its WAL can be created) and brings the schema up to date.
    /// </summary>
    private Writer OpenWriter(bool schema)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = {WalSizeLimitBytes};");
            // Erasure requests and retention must leave no readable copy behind: without this, SQLite only
            // marks deleted cells and freed pages as free, and their bytes stay in the file until reused.
            Execute(connection, "PRAGMA secure_delete = ON;");
            // A statement or savepoint in a transaction journals the pages it changes; past 64 KiB (a change set
            // of a dozen documents gets there) SQLite spilled it into an unlinked temporary file (/var/tmp), written
            // and dropped at each commit: a quarter of the bytes the writer wrote, and copies of documents
            // on disk outside the database, its WAL and any purge. Kept in memory, it never reaches a disk.
            Execute(connection, "PRAGMA temp_store = MEMORY;");
            if (schema)
            {
                // SQLite opens a write-protected file read-only without a word; every write would then fail.
                if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
                {
                    throw new StorageUnavailableException("the database file is read-only");
                }

                // Takes the write lock, which needs the WAL and its index: a read-only folder fails here, not at the first turn.
                Execute(connection, "BEGIN IMMEDIATE; ROLLBACK;");
                CreateOrMigrateSchema(connection);
            }

            return new Writer(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The time of a commit, as stored in updated_at and as compared with expires_at.</summary>
    private readonly record struct CommitTime(string Text, long UnixMilliseconds)
    {
        public CommitTime(DateTimeOffset now)
            : this(now.ToString("O", CultureInfo.InvariantCulture), now.ToUnixTimeMilliseconds())
        {
        }
    }

    /// <summary>The one write connection with its prepared statements, used only by the write loop.</summary>
    private sealed class Writer(SqliteConnection connection) : IDisposable
    {
        // A row that has expired counts as absent: an insert replaces it, starting its versions over.
        private readonly SqliteCommand insert = Prepare(connection, """
            INSERT INTO bot_state (key, document, version, updated_at, expires_at, due_at) VALUES ($key, CAST($document AS TEXT), 1, $now, $expires_at, $due_at)
            ON CONFLICT (key) DO UPDATE SET document = excluded.document, version = 1, updated_at = excluded.updated_at, expires_at = excluded.expires_at,
                due_at = excluded.due_at, lease_owner = NULL, lease_until = NULL
            WHERE bot_state.expires_at <= $now_ms
            """, "$key", "$document", "$now", "$expires_at", "$due_at", "$now_ms");

        // SQLite rewrites an index entry whenever its column is assigned, even to the value it has. Most
        // updates keep their expiry (it moves once a day) and their due time (most documents are never due),
        // so they are tried first without assigning them, which leaves those indexes' pages unwritten. A
        // leased document always takes the full update, which ends the lease.
        private readonly SqliteCommand updateKeepingExpiry = Prepare(connection, """
            UPDATE bot_state SET document = CAST($document AS TEXT), version = version + 1, updated_at = $now
            WHERE key = $key AND version = $version AND expires_at IS $expires_at AND (expires_at IS NULL OR expires_at > $now_ms)
                AND due_at IS $due_at AND lease_owner IS NULL
            """, "$key", "$document", "$version", "$now", "$expires_at", "$due_at", "$now_ms");

        private readonly SqliteCommand update = Prepare(connection, """
            UPDATE bot_state SET document = CAST($document AS TEXT), version = version + 1, updated_at = $now, expires_at = $expires_at,
                due_at = $due_at, lease_owner = NULL, lease_until = NULL
            WHERE key = $key AND version = $version AND (expires_at IS NULL OR expires_at > $now_ms)
            """, "$key", "$document", "$version", "$now", "$expires_at", "$due_at", "$now_ms");

        private readonly SqliteCommand delete = Prepare(connection, """
            DELETE FROM bot_state
            WHERE key = $key AND ($version IS NULL OR (version = $version AND (expires_at IS NULL OR expires_at > $now_ms)))
            """, "$key", "$version", "$now_ms");

        private readonly SqliteCommand deleteExpired = Prepare(connection, "DELETE FROM bot_state WHERE expires_at <= $now_ms", "$now_ms");

        // The earliest due, unleased, unexpired documents under a key range, leased in the same statement, so
        // no claim in between can take them too. Neither the document nor its version changes. Through the due
        // index by name: the key's index offers a range too, and the planner has no statistics to tell that
        // few documents are ever due.
        private readonly SqliteCommand claim = Prepare(connection, """
            UPDATE bot_state SET lease_owner = $owner, lease_until = $until
            WHERE key IN (
                SELECT key FROM bot_state INDEXED BY bot_state_due
                WHERE due_at <= $now_ms AND key >= $from AND key < $to
                    AND (lease_until IS NULL OR lease_until <= $now_ms)
                    AND (expires_at IS NULL OR expires_at > $now_ms)
                ORDER BY due_at, key
                LIMIT $limit)
            RETURNING key, document, version, due_at
            """, "$owner", "$until", "$now_ms", "$from", "$to", "$limit");

        private readonly SqliteCommand restart = Prepare(connection, "PRAGMA wal_checkpoint(RESTART);");

        private readonly SqliteCommand truncate = Prepare(connection, "PRAGMA wal_checkpoint(TRUNCATE);");

        /// <summary>
        /// Runs every pending set in one transaction. A set whose ETag check fails is rolled back to its
        /// savepoint alone; the others still commit.
        /// </summary>
        /// <param name="mayCommit">Asked once everything is applied, right before the commit: false rolls it all back.</param>
        /// <returns>For each set, the index of its refused change, or -1; null when <paramref name="mayCommit"/> said no and nothing was stored.</returns>
        /// <exception cref="SqliteException">Nothing in the batch was stored.</exception>
        public int[]? Commit(List<PendingChanges> batch, CommitTime now, Func<bool> mayCommit)
        {
            var refused = new int[batch.Count];
            try
            {
                using var transaction = connection.BeginTransaction();
                SetTransaction(transaction);
                for (var i = 0; i < batch.Count; i++)
                {
                    refused[i] = ApplyAlone(transaction, batch[i], now);
                }

                if (!mayCommit())
                {
                    transaction.Rollback();
                    return null;
                }

                transaction.Commit();
            }
            finally
            {
                SetTransaction(null);
            }

            return refused;
        }

        /// <summary>The value of a setting of this connection (<c>PRAGMA name</c>), as a number.</summary>
        public int Setting(string pragma)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {pragma};";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        /// <returns>How many rows had expired by <paramref name="unixMilliseconds"/> and were deleted.</returns>
        public int DeleteExpired(long unixMilliseconds)
        {
            deleteExpired.Parameters["$now_ms"].Value = unixMilliseconds;
            return deleteExpired.ExecuteNonQuery();
        }

        /// <summary>Leases up to <paramref name="limit"/> due documents under a key range to <paramref name="owner"/>.</summary>
        /// <returns>The documents leased, earliest due first.</returns>
        public List<StoredDocument> ClaimDue(string from, string to, long nowMs, string owner, long untilMs, int limit)
        {
            claim.Parameters["$owner"].Value = owner;
            claim.Parameters["$until"].Value = untilMs;
            claim.Parameters["$now_ms"].Value = nowMs;
            claim.Parameters["$from"].Value = from;
            claim.Parameters["$to"].Value = to;
            claim.Parameters["$limit"].Value = limit;
            var claimed = new List<(long DueAt, StoredDocument Document)>();
            using (var rows = claim.ExecuteReader())
            {
                while (rows.Read())
                {
                    claimed.Add((rows.GetInt64(3), new StoredDocument(rows.GetString(0), rows.GetString(1), rows.GetInt64(2).ToString(CultureInfo.InvariantCulture))));
                }
            }

            // RETURNING gives the rows in the order they were updated, which SQLite does not promise to be the subquery's.
            return [.. claimed.OrderBy(row => row.DueAt).ThenBy(row => row.Document.Key, StringComparer.Ordinal).Select(row => row.Document)];
        }

        /// <summary>
        /// Copies what is left of the WAL into the database file and, waiting briefly for readers still on
        /// it, makes the next commit write the WAL from its start again. Runs between commits, so no new
        /// frame arrives meanwhile.
        /// </summary>
        public void RestartLog()
        {
            try
            {
                restart.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Readers held on past the busy timeout: the data is safe, and the next request tries again.
            }
        }

        /// <summary>Like <see cref="TruncateLog"/>, for making room: a failure leaves the WAL as it was.</summary>
        public void TryTruncateLog()
        {
            try
            {
                truncate.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Readers held on, or the database file could not grow: the WAL still holds everything.
            }
        }

        /// <summary>
        /// Copies the whole WAL into the database file and cuts the WAL to nothing, so the old page images
        /// it holds (deleted and overwritten documents among them) are gone. Waits up to the busy timeout
        /// for readers still on the WAL.
        /// </summary>
        /// <exception cref="TimeoutException">Readers held on to the WAL; it may still hold deleted data.</exception>
        public void TruncateLog()
        {
            // One row: busy (0/1), frames in the WAL, frames copied back.
            using var result = truncate.ExecuteReader();
            if (!result.Read() || result.GetInt64(0) != 0)
            {
                throw new TimeoutException("The WAL stayed in use past the busy timeout, so it could not be emptied; deleted data may still be in it.");
            }
        }

        /// <returns>The index of the refused change in <paramref name="pending"/>, or -1.</returns>
        private int ApplyAlone(SqliteTransaction transaction, PendingChanges pending, CommitTime now)
        {
            var several = pending.Changes.Count > 1;
            if (several)
            {
                transaction.Save(Savepoint);
            }

            var refused = Apply(pending, now);
            if (several && refused >= 0)
            {
                transaction.Rollback(Savepoint);
            }

            if (several)
            {
                transaction.Release(Savepoint);
            }

            return refused;
        }

        /// <returns>The index of the first change whose ETag check failed, or -1.</returns>
        private int Apply(PendingChanges pending, CommitTime now)
        {
            for (var i = 0; i < pending.Changes.Count; i++)
            {
                var change = pending.Changes[i];
                var expected = pending.ExpectedVersions[i];
                var expiry = change.ExpiresAt?.ToUnixTimeMilliseconds();
                var due = change.DueAt?.ToUnixTimeMilliseconds();
                var applied = change.IsDeletion ? Delete(change.Key, expected, now) || expected is null
                    : expected is null ? Insert(change.Key, Document(change), expiry, due, now)
                    : Update(change.Key, Document(change), expected.Value, expiry, due, now);
                if (!applied)
                {
                    return i;
                }
            }

            return -1;
        }

        private void SetTransaction(SqliteTransaction? transaction)
        {
            insert.Transaction = transaction;
            updateKeepingExpiry.Transaction = transaction;
            update.Transaction = transaction;
            delete.Transaction = transaction;
        }

        /// <summary>
        /// The document as bound: its UTF-8 bytes as they are (a blob, which the statements' <c>CAST(… AS TEXT)</c>
        /// stores as the text those bytes spell, in the database's UTF-8), or its string, which SQLite encodes.
        /// </summary>
        private static object Document(DocumentChange change) => change.Utf8Json ?? (object)change.Json!;

        private bool Insert(string key, object json, long? expiresAt, long? dueAt, CommitTime now) =>
            Run(insert, ("$key", key), ("$document", json), ("$now", now.Text), ("$expires_at", expiresAt), ("$due_at", dueAt), ("$now_ms", now.UnixMilliseconds));

        private bool Update(string key, object json, long expectedVersion, long? expiresAt, long? dueAt, CommitTime now)
        {
            (string, object?)[] values = [("$key", key), ("$document", json), ("$version", expectedVersion), ("$now", now.Text), ("$expires_at", expiresAt), ("$due_at", dueAt), ("$now_ms", now.UnixMilliseconds)];
            return Run(updateKeepingExpiry, values) || Run(update, values);
        }

        private bool Delete(string key, long? expectedVersion, CommitTime now) =>
            Run(delete, ("$key", key), ("$version", expectedVersion), ("$now_ms", now.UnixMilliseconds));

        public void Dispose()
        {
            insert.Dispose();
            updateKeepingExpiry.Dispose();
            update.Dispose();
            delete.Dispose();
            deleteExpired.Dispose();
            claim.Dispose();
            restart.Dispose();
            truncate.Dispose();
            connection.Dispose();
        }

        /// <returns>Whether a row changed.</returns>
        private static bool Run(SqliteCommand command, params (string Name, object? Value)[] values)
        {
            foreach (var (name, value) in values)
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }

            return command.ExecuteNonQuery() > 0;
        }
    }
}
