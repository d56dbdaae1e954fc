using Microsoft.Data.Sqlite;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>One row of the bot's state table, read straight from the file.</summary>
public sealed record StoredRow(string Key, string Document, long Version);

/// <summary>
/// Reads what is really in a CoachBot database file (or PostgreSQL schema, for a path
/// <c>postgres:NAME</c>: see <see cref="TestPostgres"/>), over a connection of its own that is neither
/// pooled nor shared with the storage under test, so nothing in memory can stand in for the file.
/// </summary>
public static class StoredRows
{
    public static IReadOnlyList<StoredRow> Read(string databasePath)
    {
        const string Select = "SELECT key, document, version FROM bot_state ORDER BY key";
        if (TestPostgres.IsPostgres(databasePath))
        {
            using var postgres = TestPostgres.Open(databasePath);
            using var query = new Npgsql.NpgsqlCommand(Select, postgres);
            return ReadAll(query.ExecuteReader());
        }

        Assert.True(File.Exists(databasePath), $"No database file at {databasePath}.");
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = Select;
        return ReadAll(command.ExecuteReader());
    }

    private static List<StoredRow> ReadAll(System.Data.Common.DbDataReader reader)
    {
        using var _ = reader;
        var rows = new List<StoredRow>();
        while (reader.Read())
        {
            rows.Add(new StoredRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }

    /// <summary>The rows whose key mentions <paramref name="id"/> (a conversation or user id).</summary>
    public static IReadOnlyList<StoredRow> About(string databasePath, string id) =>
        Read(databasePath).Where(row => row.Key.Contains(id, StringComparison.Ordinal)).ToList();

    /// <summary>The conversation's own row (not the person's documents that list it).</summary>
    public static StoredRow Conversation(string databasePath, string conversationId) =>
        Assert.Single(About(databasePath, conversationId), row => row.Key.StartsWith("conversation/", StringComparison.Ordinal));

    public static SqliteConnection Open(string databasePath, bool writable = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = writable ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The steps of SQLite's plan for <paramref name="sql"/> (EXPLAIN QUERY PLAN's detail column).</summary>
    public static IReadOnlyList<string> QueryPlan(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var plan = command.ExecuteReader();
        var steps = new List<string>();
        while (plan.Read())
        {
            steps.Add(plan.GetString(3));
        }

        return steps;
    }
}
