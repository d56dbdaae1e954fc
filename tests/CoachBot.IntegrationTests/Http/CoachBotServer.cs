using System.Net;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoachBot.IntegrationTests.Http;

/// <summary>Which store a test server keeps its documents in.</summary>
public enum TestStore
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real CoachBot host on Kestrel at a free loopback port, with its own SQLite file, or with its own
/// schema on the tests' PostgreSQL server (see <see cref="TestPostgres"/>): what a channel or a browser
/// talks to in the integration tests. Which one by default: <see cref="DefaultStore"/>.
/// </summary>
public sealed class CoachBotServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private CoachBotServer(WebApplicationFactory<Program> factory, string databasePath, Uri baseAddress)
    {
        this.factory = factory;
        DatabasePath = databasePath;
        BaseAddress = baseAddress;
    }

    /// <summary>
    /// The store of servers started without one: PostgreSQL when <c>COACHBOT_TEST_STORE=Postgres</c>, so
    /// scripts/test.sh runs the storage-dependent host tests a second time on PostgreSQL; otherwise SQLite.
    /// </summary>
    public static TestStore DefaultStore { get; } =
        Enum.TryParse<TestStore>(Environment.GetEnvironmentVariable("COACHBOT_TEST_STORE"), ignoreCase: true, out var store) ? store : TestStore.Sqlite;

    public Uri BaseAddress { get; }

    /// <summary>The SQLite file, or <c>postgres:SCHEMA</c> (which <see cref="StoredRows"/> and <see cref="DatabaseFiles"/> read too).</summary>
    public string DatabasePath { get; }
    public IServiceProvider Services => factory.Services;

    /// <param name="databasePath">An existing database to reopen, e.g. to restart the bot mid-conversation.</param>
    /// <param name="services">Runs after the app's own registrations, e.g. to replace a service with a fake.</param>
    /// <param name="store">Where the documents go; by default PostgreSQL for a <c>postgres:</c> path, else <see cref="DefaultStore"/>.</param>
    public static Task<CoachBotServer> StartAsync(
        string? databasePath = null, TimeProvider? clock = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        TestStore? store = null)
    {
        store ??= databasePath is not null ? (TestPostgres.IsPostgres(databasePath) ? TestStore.Postgres : TestStore.Sqlite) : DefaultStore;
        databasePath ??= store == TestStore.Postgres ? TestPostgres.NewSchema() : Path.Combine(TestDatabases.Folder, $"{Guid.NewGuid():N}.db");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            if (store == TestStore.Postgres)
            {
                host.UseSetting("CoachBot:Storage:Provider", "Postgres");
                // Many test servers share the one test cluster: a small pool each.
                host.UseSetting("CoachBot:Storage:Postgres:ConnectionString", TestPostgres.ConnectionString(databasePath, maxPoolSize: 20));
            }
            else
            {
                host.UseSetting("CoachBot:Storage:Sqlite:Path", databasePath);
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                host.UseSetting(key, value);
            }

            host.ConfigureLogging(logging => logging.ClearProviders());
            if (clock is not null)
            {
                host.ConfigureServices(registered => registered.AddSingleton<TimeProvider>(clock));
                // Tests on a manual clock wait for the bot's own timers; the retention sweep's would be one more.
                // It has tests of its own.
                host.UseSetting("CoachBot:Retention:SweepInterval", "00:00:00");
            }

            if (services is not null)
            {
                host.ConfigureServices(services);
            }
        });
        // Kestrel binds a free loopback port itself. UseKestrel(0) instead rewrites the addresses after the
        // app's own thread may already have bound its configured Urls (a known race, dotnet/aspnetcore#67714),
        // which made parallel tests collide on port 3978.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        if (store == TestStore.Postgres)
        {
            KeepDocumentsUncompressed(databasePath);
        }

        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(value => new Uri(value.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal)))
            .First();
        return Task.FromResult(new CoachBotServer(factory, databasePath, address));
    }

    /// <summary>
    /// A client whose every request returns only once the bot's background turns are done, so a test of
    /// normal delivery reads the connector's calls after a post as it did when turns ran in the request.
    /// </summary>
    public HttpClient CreateClient() =>
        new(new SettlingHandler(Services.GetRequiredService<BackgroundTurns>()) { InnerHandler = new HttpClientHandler() }) { BaseAddress = BaseAddress };

    private sealed class SettlingHandler(BackgroundTurns turns) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await turns.WhenIdleAsync();
            return response;
        }
    }

    /// <summary>
    /// PostgreSQL compresses long documents (TOAST), and then a test that looks for a name in the
    /// <see cref="DatabaseFiles"/> would not find it even where it is stored. For the tests' schemas only.
    /// </summary>
    private static void KeepDocumentsUncompressed(string databasePath)
    {
        using var connection = TestPostgres.Open(databasePath);
        using var command = new NpgsqlCommand("ALTER TABLE bot_state ALTER COLUMN document SET STORAGE EXTERNAL", connection);
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();
}
