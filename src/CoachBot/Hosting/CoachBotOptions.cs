namespace CoachBot.Hosting;

/// <summary>The <c>CoachBot</c> configuration section. Every key is documented in the README.</summary>
public sealed class CoachBotOptions
{
    public const string Section = "CoachBot";

    public StorageOptions Storage { get; set; } = new();

    /// <summary>A conversation silent for longer than this starts fresh.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The wait suggested before replying to a fresh rejection that stings.</summary>
    public TimeSpan CoolingOff { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Turns handled at once; further ones wait, in arrival order.</summary>
    public int MaxConcurrentTurns { get; set; } = Environment.ProcessorCount * 2;

    /// <summary>Turns waiting or running at most (all endpoints together); past it, activities get 503 with Retry-After and the channel retries.</summary>
    public int MaxWaitingTurns { get; set; } = 1_000;

    /// <summary>Larger request bodies are refused with 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Pushed turns of one channel (e.g. msteams) waiting for or in delivery at most; past it, that channel's
    /// activities get 503 with Retry-After, and other channels are served as usual.
    /// </summary>
    public int MaxDeliveriesPerChannel { get; set; } = 1_000;

    /// <summary>
    /// Without an app id nothing is authenticated: CoachBot then refuses to start on an address other
    /// than loopback unless this is set, for a deliberate anonymous deployment (logged as a warning).
    /// </summary>
    public bool AllowAnonymous { get; set; }

    public RateLimitOptions RateLimits { get; set; } = new();
}

/// <summary>Token buckets: a burst, refilled at a steady rate. Generous: a person typing never meets them. 0 turns a limit off.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests one client address may make at once before it must wait for refills.</summary>
    public int ClientBurst { get; set; } = 400;

    /// <summary>Requests per second one client address gets back.</summary>
    public int ClientPerSecond { get; set; } = 200;

    /// <summary>Activities one conversation may send at once.</summary>
    public int ConversationBurst { get; set; } = 30;

    /// <summary>Activities per minute one conversation gets back.</summary>
    public int ConversationPerMinute { get; set; } = 60;
}

public sealed class StorageOptions
{
    public SqliteStorageOptions Sqlite { get; set; } = new();
}

public sealed class SqliteStorageOptions
{
    public string Path { get; set; } = "data/coachbot.db";

    /// <summary>How long a read or write may wait before the storage counts as stalled and the turn is told so.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Free space kept on the database's disk beyond the WAL; below it CoachBot stops writing until space is freed.</summary>
    public int MinFreeMegabytes { get; set; } = 16;
}
