using System.Globalization;
using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;

namespace CoachBot.Conversations.State;

/// <summary>The database file itself: who may read it, and its schema.</summary>
public sealed partial class SqliteStorage
{
    // A table with rowids and an index on the key, not WITHOUT ROWID: there a row is a cell of an index
    // b-tree, which keeps at most about a quarter of a page (1,002 bytes of 4 KiB) in the page and spills
    // the rest into overflow pages, so every write of a conversation document (1.7 KB on average mid-dialog, up to 3.2) wrote its
    // leaf, a new overflow page, the old one zeroed (secure_delete) and the free-list page. A rowid table
    // keeps up to 4,061 bytes in the leaf: one page a write. The key index changes only when a key comes or goes.
    private const string Columns = """
            key        TEXT    NOT NULL PRIMARY KEY,
            document   TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            updated_at TEXT    NOT NULL,
            expires_at INTEGER,         -- Unix milliseconds; null: kept until deleted
            due_at     INTEGER,         -- Unix milliseconds; null: never offered by ClaimDueAsync
            lease_owner TEXT,           -- who claimed it last; null: never claimed since written
            lease_until INTEGER         -- Unix milliseconds; the claim holds until then
        """;

    private const string ColumnNames = "key, document, version, updated_at, expires_at, due_at, lease_owner, lease_until";

    // Partial: most documents never expire, and DeleteExpiredAsync only needs the ones that do.
    private const string ExpiryIndex = "CREATE INDEX IF NOT EXISTS bot_state_expiry ON bot_state (expires_at) WHERE expires_at IS NOT NULL;";

    // Partial and ordered by due time: only nudges and the like are ever due, and a claim takes the earliest first.
    private const string DueIndex = "CREATE INDEX IF NOT EXISTS bot_state_due ON bot_state (due_at) WHERE due_at IS NOT NULL;";

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates a missing folder and database file readable by their owner only: the documents are about
    /// people. SQLite gives the -wal and -shm files the database file's permissions. What already exists
    /// is left as the operator set it up.
    /// </summary>
    private static void CreateFilesForOwnerOnly(string path)
    {
        var file = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(file);
        if (OperatingSystem.IsWindows())
        {
            // Windows has no such modes; the folder inherits its parent's access rules.
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            return;
        }

        if (!string.IsNullOrEmpty(directory))
        {
            CreateFolderForOwnerOnly(directory);
        }

        if (!File.Exists(file))
        {
            // An empty file is a valid empty database to SQLite. OpenOrCreate: one created meanwhile is kept.
            using var _ = File.Open(file, new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, UnixCreateMode = OwnerOnlyFile });
        }
    }

    /// <summary>
    /// The database and its WAL and index files are about people: readable by their owner only, also when
    /// an earlier version or an operator's copy left them wider. (The folder is left as it was set up when
    /// it existed already: it may be a shared one such as /tmp.)
    /// </summary>
    private void RestrictFilesToOwner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            try
            {
                if (File.Exists(file) && File.GetUnixFileMode(file) != OwnerOnlyFile)
                {
                    File.SetUnixFileMode(file, OwnerOnlyFile);
                }
            }
            catch (UnauthorizedAccessException)
            {
                // Someone else's file: theirs to set.
            }
        }
    }

    /// <summary>
    /// Creates the folder and each missing one above it with <see cref="OwnerOnlyFolder"/>, top down:
    /// <see cref="Directory.CreateDirectory(string, UnixFileMode)"/> gives that mode to the last one only.
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    private static void CreateFolderForOwnerOnly(string directory)
    {
        var missing = new Stack<string>();
        for (var folder = directory; !string.IsNullOrEmpty(folder) && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Push(folder);
        }

        while (missing.TryPop(out var folder))
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    /// <summary>Creates the table, or brings one created by an earlier version up to date.</summary>
    private static void CreateOrMigrateSchema(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"CREATE TABLE IF NOT EXISTS bot_state ({Columns}\n);", transaction);
        if (!HasColumn(connection, transaction, "bot_state", "expires_at"))
        {
            // Existing rows get null: they never expire.
            Execute(connection, "ALTER TABLE bot_state ADD COLUMN expires_at INTEGER;", transaction);
        }

        // Files written before documents could fall due: their rows are never due, never leased.
        foreach (var column in new[] { "due_at INTEGER", "lease_owner TEXT", "lease_until INTEGER" })
        {
            if (!HasColumn(connection, transaction, "bot_state", column[..column.IndexOf(' ', StringComparison.Ordinal)]))
            {
                Execute(connection, $"ALTER TABLE bot_state ADD COLUMN {column};", transaction);
            }
        }

        if (IsWithoutRowid(connection, transaction))
        {
            // Written by a version before the rowid layout: copied into it once, in this transaction. The
            // old table's pages are zeroed as they are freed (secure_delete), its indexes dropped with it.
            Execute(connection, $"""
                CREATE TABLE bot_state_rowid ({Columns}
                );
                INSERT INTO bot_state_rowid ({ColumnNames}) SELECT {ColumnNames} FROM bot_state ORDER BY key;
                DROP TABLE bot_state;
                ALTER TABLE bot_state_rowid RENAME TO bot_state;
                """, transaction);
        }

        Execute(connection, ExpiryIndex, transaction);
        Execute(connection, DueIndex, transaction);
        transaction.Commit();
    }

    /// <summary>Whether the table is laid out WITHOUT ROWID, as earlier versions created it.</summary>
    private static bool IsWithoutRowid(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // pragma_table_list (SQLite 3.37) says so directly: 1 for a WITHOUT ROWID table.
        command.CommandText = "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = 'bot_state'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    private static bool HasColumn(SqliteConnection connection, SqliteTransaction transaction, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = $column";
        command.Parameters.AddWithValue("$column", column);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }
}
