namespace CoachBot.Tests;

/// <summary>A clock the test moves by hand.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>A Sunday afternoon in New York, far from quiet hours.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 22, 19, 0, 0, TimeSpan.Zero);

    private DateTimeOffset now = start;

    public FakeClock() : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
