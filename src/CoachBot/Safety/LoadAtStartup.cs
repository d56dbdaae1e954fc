namespace CoachBot.Safety;

/// <summary>
/// Resolves a safety layer's <typeparamref name="T"/> when the app starts, so a missing or damaged model or weights
/// file stops start-up with its cause instead of failing a person's turn.
/// </summary>
public sealed class LoadAtStartup<T>(IServiceProvider services) : IHostedService
    where T : notnull
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<T>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
