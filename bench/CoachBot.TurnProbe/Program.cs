using System.Diagnostics;
using System.Globalization;
using CoachBot.Channels.BotFramework;
using CoachBot.Conversations.State;
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
    // The bot's storage, as registered, behind a tally of what the turns write.
    var storage = builder.Services.Last(service => service.ServiceType == typeof(IStorage));
    builder.Services.AddSingleton<IStorage>(services => new StorageTally((IStorage)storage.ImplementationFactory!(services)));
    await using var app = builder.Build();
    var tally = (StorageTally)app.Services.GetRequiredService<IStorage>();

    var endpoint = new ProbeEndpoint(app.Services.GetRequiredService<TurnRunner>(), app.Services.GetRequiredService<BotFrameworkChannel>());
    var users = new ProbeUsers(endpoint, count: 50);

    Console.WriteLine($"Warm-up: {warmup:N0} conversations...");
    await users.PlayAsync(warmup);

    Console.WriteLine($"{"round",5} {"conversations",13} {"turns",7} {"capped",6} {"KB/turn",8} {"CPU ms/turn",11} {"GCs 0/1/2",11} {"docs/turn",9} {"JSON ch/turn",12} {"file KB/turn",12} {"writes/turn",11}");
    for (var round = 1; round <= rounds; round++)
    {
        // A full collection first, so one round's garbage is not collected on the next round's CPU time.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (documents, json) = tally.Totals;
        var files = FileWrites.Now();

        var played = await users.PlayAsync(conversations);

        var cpuSpent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        var written = FileWrites.Now();
        var (documentsAfter, jsonAfter) = tally.Totals;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{round,5} {played.Conversations,13:N0} {played.Turns,7:N0} {played.Capped,6} {allocated / 1024.0 / played.Turns,8:F1} "
            + $"{cpuSpent.TotalMilliseconds / played.Turns,11:F3} {GC.CollectionCount(0) - gcs.Item1,5}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3} "
            + $"{(documentsAfter - documents) / (double)played.Turns,9:F2} {(jsonAfter - json) / (double)played.Turns,12:F0} "
            + $"{(written.Bytes - files.Bytes) / 1024.0 / played.Turns,12:F1} {(written.Calls - files.Calls) / (double)played.Turns,11:F1}"));
    }

    return 0;
}
finally
{
    folder.Delete(recursive: true);
}
