using System.Globalization;
using System.Text;

namespace CoachBot.Bench;

/// <summary>
/// Every measured turn as a line of CSV, to see where the slow ones fall: all at one moment (a pause of
/// the whole bot) or at one step of the conversation (an expensive turn).
/// </summary>
internal static class TurnsCsv
{
    public static async Task WriteAsync(string path, IReadOnlyList<VirtualUser> users, long windowStartTimestamp)
    {
        var csv = new StringBuilder("ended_ms,latency_ms,user,turn\n");
        foreach (var user in users)
        {
            var stats = user.Stats;
            for (var i = 0; i < stats.LatencyTicks.Count; i++)
            {
                var (ended, turn) = stats.TurnsTaken[i];
                csv.Append(CultureInfo.InvariantCulture,
                    $"{UserStats.TicksToMs(ended - windowStartTimestamp):0.###},{UserStats.TicksToMs(stats.LatencyTicks[i]):0.###},{user.Number},{turn}\n");
            }
        }
        await File.WriteAllTextAsync(path, csv.ToString());
    }
}
