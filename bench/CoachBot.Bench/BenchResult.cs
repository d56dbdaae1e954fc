using System.Text.Json;

namespace CoachBot.Bench;

/// <summary>The outcome of one load run against one bot; what --json writes and --compare reads.</summary>
internal sealed record BenchResult(
    string Label,
    string Url,
    int Users,
    double WarmupSeconds,
    double MeasuredSeconds,
    long ConversationsCompleted,
    long ConversationsCapped,
    double TurnsPerConversation,
    long Turns,
    double TurnsPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs,
    long WarmupTurns,
    double WarmupP50Ms,
    double WarmupP99Ms,
    long Errors,
    IReadOnlyDictionary<string, long> ErrorKinds,
    int? BotPid,
    double? BotPeakRssMiB,
    double? BotHighWaterMarkMiB,
    bool BotExitedDuringRun,
    double? BotCpuCores,
    double DriverCpuCores,
    double? MachineCpuCores,
    double? StolenCpuCores,
    double? OtherCpuCores,
    DateTimeOffset StartedAt)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static BenchResult FromJson(string json) =>
        JsonSerializer.Deserialize<BenchResult>(json, JsonOptions) ?? throw new InvalidDataException("empty results file");
}
