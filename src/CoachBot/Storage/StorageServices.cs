using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CoachBot.Storage;

/// <summary>
/// Registers the store chosen by <c>CoachBot:Storage:Provider</c>: SQLite (one instance, the default) or
/// PostgreSQL (any number of instances on one database, with migrations applied at start-up and the
/// conversation locks that keep two instances from running turns of one conversation at once).
/// </summary>
public static class StorageServices
{
    public static WebApplicationBuilder AddCoachBotStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageSelection>().BindConfiguration(StorageSelection.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageSelection>, StorageSelectionValidation>();

        if (SelectedProvider(builder.Configuration) != StorageProvider.Postgres)
        {
            services.AddSingleton<IStorage>(sp =>
            {
                var sqlite = sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.Storage.Sqlite;
                return new SqliteStorage(sqlite.Path, sp.GetRequiredService<TimeProvider>(), sqlite.Timeout, sqlite.MinFreeMegabytes * 1024L * 1024);
            });
            return builder;
        }

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageSelection>>().Value.Postgres;
            var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            // Names the bot's sessions in pg_stat_activity, unless the operator named them.
            connection.ApplicationName ??= "CoachBot";
            return new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
        });
        // Opened and checked at start-up (MapCoachBot resolves it): the schema is brought up to date first.
        services.AddSingleton<IStorage>(sp =>
        {
            var dataSource = sp.GetRequiredService<NpgsqlDataSource>();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageServices));
            try
            {
                var applied = PostgresMigrations.Apply(dataSource);
                logger.LogInformation("PostgreSQL storage ready; migrations applied now: {Migrations}.", PostgresMigrations.Describe(applied));
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                throw new StorageUnavailableException(
                    $"CoachBot cannot open its PostgreSQL database: {PostgresStorage.Cause(exception)}. Check CoachBot:Storage:Postgres:ConnectionString, that the server is up and reachable, and that the user may create tables in the database.",
                    exception);
            }

            var options = sp.GetRequiredService<IOptions<StorageSelection>>().Value.Postgres;
            return new PostgresStorage(dataSource, sp.GetRequiredService<TimeProvider>(), options.PurgeHorizonWait);
        });
        services.AddSingleton<IConversationLocks>(sp => new PostgresConversationLocks(
            sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<IOptions<StorageSelection>>().Value.Postgres.LockSessions));
        return builder;
    }

    /// <summary>The provider as configured, read before the options exist (it decides what is registered); the options validate it again.</summary>
    internal static StorageProvider SelectedProvider(IConfiguration configuration) =>
        Enum.TryParse<StorageProvider>(configuration[$"{StorageSelection.Section}:Provider"], ignoreCase: true, out var provider) ? provider : StorageProvider.Sqlite;

    /// <summary>Names the setting to fix in the start-up error.</summary>
    private sealed class StorageSelectionValidation : IValidateOptions<StorageSelection>
    {
        public ValidateOptionsResult Validate(string? name, StorageSelection options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
