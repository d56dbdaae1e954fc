using System.Diagnostics;
using System.Globalization;
using CoachBot.Channels.BotFramework;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using CoachBot.TurnProbe;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: dotnet bench/CoachBot.TurnProbe/bin/Release/net10.0/CoachBot.TurnProbe.dll [conversations per round] [rounds] [warm-up conversations]
var conversations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var warmup = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_500;

var folder = Directory.CreateTempSubdirectory("coachbot-turnprobe-");
try
{
    // The bot as bench/run.sh starts it: Production, its appsettings.json (copied next to the probe; the
    // content root is not the working directory, whose file events the configuration would watch), its
    // SQLite file, anonymous Bot Framework endpoint.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
    builder.Logging.ClearProviders();
    builder.Configuration["CoachBot:Storage:Sqlite:Path"] = Path.Combine(folder.FullName, "probe.db");
    builder.AddCoachBot();
    await using var app = builder.Build();

    var endpoint = new ProbeEndpoint(app.Services.GetRequiredService<TurnRunner>(), app.Services.GetRequiredService<BotFrameworkChannel>());
    var users = new ProbeUsers(endpoint, count: 50);

    Console.WriteLine($"Warm-up: {warmup:N0} conversations...");
    await users.PlayAsync(warmup);

    Console.WriteLine($"{"round",5} {"conversations",13} {"turns",7} {"capped",6} {"KB/turn",8} {"CPU ms/turn",11} {"GCs 0/1/2",11}");
    for (var round = 1; round <= rounds; round++)
    {
        // A full collection first, so one round's garbage is not collected on the next round's CPU time.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        var played = await users.PlayAsync(conversations);

        var cpuSpent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{round,5} {played.Conversations,13:N0} {played.Turns,7:N0} {played.Capped,6} {allocated / 1024.0 / played.Turns,8:F1} "
            + $"{cpuSpent.TotalMilliseconds / played.Turns,11:F3} {GC.CollectionCount(0) - gcs.Item1,5}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}"));
    }

    return 0;
}
finally
{
    folder.Delete(recursive: true);
}
