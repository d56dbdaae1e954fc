using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Tests.Engine;

/// <summary>A channel that takes replies and does nothing with them.</summary>
public sealed class IgnoringSender : IActivitySender
{
    public static IgnoringSender Instance { get; } = new();

    public Task SendAsync(Activity activity, CancellationToken cancellationToken) => Task.CompletedTask;
}
