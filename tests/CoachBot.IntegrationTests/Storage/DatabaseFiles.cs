using System.Text;
using Npgsql;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// The raw bytes of a SQLite database file and its WAL, to search for what must not be left there; for a
/// PostgreSQL schema (<c>postgres:NAME</c>), the files of its tables, indexes and TOAST tables in the
/// server's data folder, after a checkpoint has written the shared buffers out. Not PostgreSQL's WAL:
/// a purge there does not reach the log until the server recycles it (the README says so).
/// </summary>
public static class DatabaseFiles
{
    public static bool Contain(string databasePath, string text) => Contain(Read(databasePath), text);

    public static bool Contain(byte[][] files, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return files.Any(bytes => bytes.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>The database file and its WAL, if there is one; read while the storage holds them open.</summary>
    public static byte[][] Read(string databasePath) =>
        TestPostgres.IsPostgres(databasePath) ? ReadPostgres(databasePath)
        : [.. new[] { databasePath, databasePath + "-wal" }.Where(File.Exists).Select(ReadShared)];

    private static byte[][] ReadPostgres(string databasePath)
    {
        using var connection = TestPostgres.Open(databasePath);
        Execute(connection, "CHECKPOINT");
        var dataFolder = Scalar(connection, "SELECT current_setting('data_directory')");
        // Every relation of the schema, and the TOAST tables and indexes that hold its long documents.
        using var command = new NpgsqlCommand("""
            WITH own AS (SELECT c.oid, c.reltoastrelid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1),
                 toast AS (SELECT reltoastrelid AS oid FROM own WHERE reltoastrelid <> 0)
            SELECT pg_relation_filepath(oid) FROM own
            UNION SELECT pg_relation_filepath(oid) FROM toast
            UNION SELECT pg_relation_filepath(indexrelid) FROM pg_index WHERE indrelid IN (SELECT oid FROM toast)
            """, connection)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = TestPostgres.SchemaOf(databasePath) } },
        };
        var relations = new List<string>();
        using (var rows = command.ExecuteReader())
        {
            while (rows.Read())
            {
                if (!rows.IsDBNull(0))
                {
                    relations.Add(Path.Combine(dataFolder, rows.GetString(0)));
                }
            }
        }

        // A relation is its main file plus segments (.1, .2, …) past 1 GiB; free-space and visibility maps hold no data.
        return [.. relations.SelectMany(main => Directory.EnumerateFiles(Path.GetDirectoryName(main)!, Path.GetFileName(main) + "*")
            .Where(file => file == main || Path.GetFileName(file)[Path.GetFileName(main).Length] == '.'))
            .Select(ReadShared)];
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return (string)command.ExecuteScalar()!;
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
