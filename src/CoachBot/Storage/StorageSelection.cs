using CoachBot.Conversations.State;
using Npgsql;

namespace CoachBot.Storage;

/// <summary>Which store keeps the bot's documents.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file, for one instance (the default; see <c>CoachBot:Storage:Sqlite</c>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, shared by any number of instances.</summary>
    Postgres,
}

/// <summary>The provider keys of the <c>CoachBot:Storage</c> section (the SQLite keys bind to <see cref="Hosting.SqliteStorageOptions"/>).</summary>
public sealed class StorageSelection
{
    public const string Section = "CoachBot:Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public PostgresStorageOptions Postgres { get; set; } = new();

    /// <summary>What is wrong with the settings, in words for the start-up error; null when nothing is.</summary>
    public string? Problem()
    {
        if (Provider != StorageProvider.Postgres)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(Postgres.ConnectionString))
        {
            return $"{Section}:Provider is Postgres, so {Section}:Postgres:ConnectionString must be set (e.g. \"Host=db.example.edu;Database=coachbot;Username=coachbot;Password=…\").";
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(Postgres.ConnectionString);
        }
        catch (ArgumentException)
        {
            // The connection string holds the password: name the key, never echo the value.
            return $"{Section}:Postgres:ConnectionString is not a valid Npgsql connection string.";
        }

        if (Postgres.LockSessions < 0)
        {
            return $"{Section}:Postgres:LockSessions must be 0 (automatic) or positive.";
        }

        return Postgres.PurgeHorizonWait < TimeSpan.Zero ? $"{Section}:Postgres:PurgeHorizonWait must be zero or positive (e.g. \"00:00:05\")." : null;
    }
}

public sealed class PostgresStorageOptions
{
    /// <summary>An Npgsql connection string; its password belongs in a secret store, not in appsettings.json.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Long-lived connections that hold the conversation locks of this instance; 0: four per processor, at least 4.</summary>
    public int LockSessions { get; set; }

    /// <summary>
    /// How long a purge (retention sweep, erasure) waits at most for snapshots older than its deletes to end
    /// before it rewrites the table; past it the purge reports a timeout and a later one tries again.
    /// </summary>
    public TimeSpan PurgeHorizonWait { get; set; } = PostgresStorage.DefaultPurgeHorizonWait;
}
