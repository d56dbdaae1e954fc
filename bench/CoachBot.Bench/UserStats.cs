using System.Diagnostics;

namespace CoachBot.Bench;

/// <summary>
/// What one virtual user saw inside the measured window. Each user owns its own, so recording needs no
/// locks; the run merges them at the end.
/// </summary>
internal sealed class UserStats
{
    /// <summary>Turn latencies in Stopwatch ticks, successful turns only.</summary>
    public List<long> LatencyTicks { get; } = new(4096);
    /// <summary>Per successful turn, in the order of <see cref="LatencyTicks"/>: when it ended and its number in its conversation.</summary>
    public List<(long EndedTimestamp, int TurnNumber)> TurnsTaken { get; } = new(4096);
    /// <summary>Turn latencies in Stopwatch ticks of the turns that ended during the warmup, kept apart.</summary>
    public List<long> WarmupLatencyTicks { get; } = new(1024);
    public long ConversationsCompleted { get; private set; }
    public long ConversationsCapped { get; private set; }
    /// <summary>Turns of the conversations counted in <see cref="ConversationsCompleted"/>, whenever they were taken.</summary>
    public long TurnsInCompletedConversations { get; private set; }
    public long Errors { get; private set; }
    /// <summary>Errors by kind ("HTTP 500", "HttpRequestException: ..."), to tell the reader what went wrong.</summary>
    public Dictionary<string, long> ErrorKinds { get; } = [];

    public void RecordTurn(long startedTimestamp, long endedTimestamp, int turnNumber)
    {
        LatencyTicks.Add(endedTimestamp - startedTimestamp);
        TurnsTaken.Add((endedTimestamp, turnNumber));
    }

    public void RecordCompleted(int turns)
    {
        ConversationsCompleted++;
        TurnsInCompletedConversations += turns;
    }

    public void RecordCapped() => ConversationsCapped++;

    public void RecordError(string kind)
    {
        Errors++;
        ErrorKinds[kind] = ErrorKinds.GetValueOrDefault(kind) + 1;
    }

    public static double TicksToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
