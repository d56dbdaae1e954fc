using CoachBot.Bench;

// Load driver for the side-by-side benchmark: see bench/README.md.
if (args is ["--compare", var coachBotJson, var peerJson])
{
    try
    {
        return Comparison.Run(coachBotJson, peerJson, Console.Out);
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
    {
        Console.Error.WriteLine($"cannot compare: {ex.Message}");
        return 2;
    }
}

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or UriFormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var result = await LoadRun.RunAsync(options);
ResultReport.Print(result, Console.Out);
if (options.JsonPath is { } jsonPath)
    await File.WriteAllTextAsync(jsonPath, result.ToJson());
return 0;
