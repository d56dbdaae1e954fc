using CoachBot.Conversations.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Slack;

/// <summary>
/// The events already taken in, by (api_app_id, team_id, event_id), in durable storage for
/// <see cref="SlackOptions.EventRetention"/>: Slack's retries (<c>X-Slack-Retry-Num</c>, up to about five
/// minutes later) are recognised, also after a restart. Only ids are stored.
/// </summary>
public sealed class SlackEventLog(IStorage storage, IOptions<SlackOptions> options, TimeProvider clock)
{
    public const string KeyPrefix = "slack/event/";

    public static string KeyOf(string appId, string teamId, string eventId) => $"{KeyPrefix}{appId}/{teamId}/{eventId}";

    /// <returns>True the first time an event is seen; false for a retry of one taken in before.</returns>
    public async Task<bool> TryTakeInAsync(string appId, string teamId, string eventId, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync([new DocumentChange(KeyOf(appId, teamId, eventId), "{}", null, clock.GetUtcNow() + options.Value.EventRetention)], cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>Forgets an event that could not be taken in after all (the house was full), so Slack's retry is.</summary>
    public Task ForgetAsync(string appId, string teamId, string eventId, CancellationToken cancellationToken) =>
        storage.DeleteAsync(KeyOf(appId, teamId, eventId), null, cancellationToken);
}
