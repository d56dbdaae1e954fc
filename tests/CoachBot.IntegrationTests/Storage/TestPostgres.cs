using Npgsql;
using Xunit.Sdk;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// The PostgreSQL server the tests use, named by <see cref="Variable"/> (scripts/test.sh starts a
/// throwaway cluster and sets it). Each store or bot under test gets a schema of its own, so tests run in
/// parallel on one server; a schema is named by a "database path" of the form <c>postgres:NAME</c>, which
/// <see cref="StoredRows"/>, <see cref="DatabaseFiles"/> and the test host understand.
/// <para>
/// Tests of the purge get a database of their own (<c>postgres:DATABASE/SCHEMA</c>, from
/// <see cref="NewDatabase"/>): a purge waits for snapshots older than its deletes, and a snapshot keeps
/// back deleted rows of its own database only (a transaction that has written holds them in every
/// database, but the other tests' writes last milliseconds). So the other tests' long waits in the
/// server's default database (a migration or conversation lock waited for is a statement with a
/// snapshot) neither slow these purges nor make them time out, and the purge tests' own old snapshots
/// hold up no other test's purge.
/// </para>
/// <para>
/// Without the variable, the PostgreSQL tests are skipped with a message saying so, except in CI
/// (<c>CI=true</c>), where they run and fail: CI never passes without having run them.
/// </para>
/// </summary>
public static class TestPostgres
{
    public const string Variable = "COACHBOT_TEST_POSTGRES";
    private const string PathPrefix = "postgres:";

    /// <summary>Why the PostgreSQL tests are skipped; null when they run.</summary>
    public static string? SkipReason =>
        Configured is not null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"PostgreSQL tests need {Variable} (a connection string to a server where the user may create schemas); scripts/test.sh starts a throwaway cluster and sets it. In CI (CI=true) these tests fail instead of skipping.";

    private static string? Configured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <exception cref="InvalidOperationException">No server configured (only reached in CI, or when a test forgets its attribute).</exception>
    public static string ServerConnectionString =>
        Configured ?? throw new InvalidOperationException($"{Variable} is not set: the PostgreSQL tests cannot run. Run scripts/test.sh, which starts a throwaway PostgreSQL cluster.");

    public static bool IsPostgres(string databasePath) => databasePath.StartsWith(PathPrefix, StringComparison.Ordinal);

    /// <summary>A new, empty schema; its "database path".</summary>
    public static string NewSchema()
    {
        var schema = "t" + Guid.NewGuid().ToString("N")[..20];
        using var dataSource = NpgsqlDataSource.Create(ServerConnectionString);
        using var command = dataSource.CreateCommand($"CREATE SCHEMA {schema}");
        command.ExecuteNonQuery();
        return PathPrefix + schema;
    }

    /// <summary>A new, empty database with an empty schema; its "database path". Not from template1, which another test may be connected to.</summary>
    public static string NewDatabase()
    {
        var database = "d" + Guid.NewGuid().ToString("N")[..20];
        using (var dataSource = NpgsqlDataSource.Create(ServerConnectionString))
        using (var create = dataSource.CreateCommand($"CREATE DATABASE {database} TEMPLATE template0"))
        {
            create.ExecuteNonQuery();
        }

        var path = $"{PathPrefix}{database}/coachbot";
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = false }.ConnectionString);
        connection.Open();
        using var schema = new NpgsqlCommand($"CREATE SCHEMA {SchemaOf(path)}", connection);
        schema.ExecuteNonQuery();
        return path;
    }

    /// <summary>
    /// Where a host test that erases someone keeps its bot: a database of its own when the test servers
    /// run on PostgreSQL (<c>COACHBOT_TEST_STORE=Postgres</c>), so its purge waits for nobody else's
    /// snapshots; null (the default, a SQLite file) otherwise.
    /// </summary>
    public static string? DatabaseForErasure() => Http.CoachBotServer.DefaultStore == Http.TestStore.Postgres ? NewDatabase() : null;

    /// <summary>A connection string whose tables are those of the schema named by <paramref name="databasePath"/>, in its database.</summary>
    public static string ConnectionString(string databasePath, int? maxPoolSize = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = SchemaOf(databasePath) };
        if (DatabaseOf(databasePath) is { } database)
        {
            builder.Database = database;
        }

        if (maxPoolSize is { } size)
        {
            builder.MaxPoolSize = size;
        }

        return builder.ConnectionString;
    }

    /// <summary>A fresh connection, not pooled with the bot's, to look at what is really stored.</summary>
    public static NpgsqlConnection Open(string databasePath)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(databasePath)) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    public static string SchemaOf(string databasePath) => Parts(databasePath).Schema;

    /// <summary>The database of a path from <see cref="NewDatabase"/>; null for the server's default one.</summary>
    public static string? DatabaseOf(string databasePath) => Parts(databasePath).Database;

    private static (string? Database, string Schema) Parts(string databasePath)
    {
        if (!IsPostgres(databasePath))
        {
            throw new ArgumentException($"Not a PostgreSQL path: {databasePath}", nameof(databasePath));
        }

        var name = databasePath[PathPrefix.Length..];
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (null, name) : (name[..slash], name[(slash + 1)..]);
    }
}

/// <summary>A test that needs PostgreSQL: see <see cref="TestPostgres.SkipReason"/>.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestPostgres.SkipReason;
}

/// <summary>A theory row for a store that needs PostgreSQL: skipped with the reason, or failing in CI, without the server.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PostgresDataAttribute(params object[] data) : DataAttribute
{
    public override string? Skip { get => TestPostgres.SkipReason; set { } }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [data];
}
