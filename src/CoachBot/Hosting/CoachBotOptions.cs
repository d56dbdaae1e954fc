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

    /// <summary>Background turns (normal delivery) waiting or running at most; past it, activities get 503 and the channel retries.</summary>
    public int MaxWaitingTurns { get; set; } = 10_000;

    /// <summary>Larger request bodies are refused with 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    public WebChatOptions WebChat { get; set; } = new();
}

public sealed class StorageOptions
{
    public SqliteStorageOptions Sqlite { get; set; } = new();
}

public sealed class SqliteStorageOptions
{
    public string Path { get; set; } = "data/coachbot.db";
}

public sealed class WebChatOptions
{
    /// <summary>Serves the local web chat page at / and its endpoint at /api/webchat.</summary>
    public bool Enabled { get; set; } = true;
}
