using System.Net;
using CoachBot.Conversations.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.IntegrationTests.Http;

/// <summary>
/// The real CoachBot host on Kestrel at a free loopback port, with its own SQLite file: what a channel
/// or a browser talks to in the integration tests.
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

    public Uri BaseAddress { get; }
    public string DatabasePath { get; }
    public IServiceProvider Services => factory.Services;

    /// <param name="databasePath">An existing database to reopen, e.g. to restart the bot mid-conversation.</param>
    /// <param name="services">Runs after the app's own registrations, e.g. to replace a service with a fake.</param>
    public static Task<CoachBotServer> StartAsync(
        string? databasePath = null, TimeProvider? clock = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        databasePath ??= Path.Combine(TestDatabases.Folder, $"{Guid.NewGuid():N}.db");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("CoachBot:Storage:Sqlite:Path", databasePath);
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

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();
}
