using CoachBot.Conversations.State;
using CoachBot.IntegrationTests.Http;
using CoachBot.Storage;
using CoachBot.Tests.Infrastructure;
using Npgsql;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>One store the contract tests run against, with what must be closed after it.</summary>
public sealed class StoreUnderTest(IStorage storage, string? databasePath, Action? close) : IAsyncDisposable
{
    public const string Memory = "memory";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public IStorage Storage { get; } = storage;

    /// <summary>The SQLite file or <c>postgres:SCHEMA</c>; null in memory.</summary>
    public string? DatabasePath { get; } = databasePath;

    /// <summary>A fresh, empty store of the kind named; each SQLite one a file of its own, each PostgreSQL one a schema of its own.</summary>
    public static StoreUnderTest Open(string kind, TimeProvider clock) => kind switch
    {
        Memory => new StoreUnderTest(new MemoryStorage(clock), null, null),
        Sqlite => OpenSqlite(Path.Combine(TestDatabases.Folder, $"{Guid.NewGuid():N}.db"), clock),
        Postgres => OpenPostgres(TestPostgres.NewSchema(), clock),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static StoreUnderTest OpenSqlite(string path, TimeProvider clock)
    {
        var sqlite = new SqliteStorage(path, clock);
        return new StoreUnderTest(sqlite, path, sqlite.Dispose);
    }

    /// <summary>A PostgreSQL store on the schema of <paramref name="databasePath"/>, migrated as the host does at start-up; a second one on the same path is a second instance.</summary>
    public static StoreUnderTest OpenPostgres(string databasePath, TimeProvider clock, string? applicationName = null)
    {
        var connection = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(databasePath, maxPoolSize: 20)) { ApplicationName = applicationName };
        var dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
        PostgresMigrations.Apply(dataSource);
        return new StoreUnderTest(new PostgresStorage(dataSource, clock), databasePath, dataSource.Dispose) { DataSource = dataSource };
    }

    /// <summary>The PostgreSQL store's connections; null for the others.</summary>
    public NpgsqlDataSource? DataSource { get; private init; }

    public ValueTask DisposeAsync()
    {
        close?.Invoke();
        return ValueTask.CompletedTask;
    }
}
