using CoachBot.Conversations.State;
using CoachBot.Hosting;
using CoachBot.IntegrationTests.Hardening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>The host's real SQLite storage behind a switch that makes its writes fail (<see cref="SwitchableStorage"/>).</summary>
internal sealed class SwitchedStorage
{
    public SwitchableStorage? Current { get; private set; }

    public void Register(IServiceCollection services) => services.AddSingleton<IStorage>(sp =>
        Current = new SwitchableStorage(new SqliteStorage(sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.Storage.Sqlite.Path)));
}
