using System.Collections.Concurrent;
using CoachBot.Conversations.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Slack;

/// <summary>
/// The events already taken in, by (api_app_id, team_id, event_id), kept in durable storage for
/// <see cref="SlackOptions.EventRetention"/>: Slack's retries (<c>X-Slack-Retry-Num</c>, up to about five
/// minutes later) are recognised, also after a restart. The acknowledgement does not wait for the
/// storage's commit: an event is claimed in memory first (so a retry racing the first delivery is caught
/// too) and written right after the acknowledgement. Only ids are stored.
/// </summary>
public sealed class SlackEventLog(IStorage storage, IOptions<SlackOptions> options, TimeProvider clock)
{
    public const string KeyPrefix = "slack/event/";
    private const int PruneAbove = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> recent = new(StringComparer.Ordinal);

    public static string KeyOf(string appId, string teamId, string eventId) => $"{KeyPrefix}{appId}/{teamId}/{eventId}";

    /// <returns>True the first time an event is seen; false for a retry or replay of one taken in before.</returns>
    public async Task<bool> TryTakeInAsync(string appId, string teamId, string eventId, CancellationToken cancellationToken)
    {
        var key = KeyOf(appId, teamId, eventId);
        var now = clock.GetUtcNow();
        if (recent.Count > PruneAbove)
        {
            foreach (var (seen, expires) in recent)
            {
                if (expires <= now)
                {
                    recent.TryRemove(seen, out _);
                }
            }
        }

        // Claimed here exactly once, however many deliveries of it race: an expired claim may be claimed again.
        var until = now + options.Value.EventRetention;
        while (!recent.TryAdd(key, until))
        {
            if (recent.TryGetValue(key, out var kept) && (kept > now || recent.TryUpdate(key, until, kept)))
            {
                if (kept > now)
                {
                    return false;
                }

                break;
            }
        }

        if (await storage.ReadAsync(key, cancellationToken) is not null)
        {
            // Taken in before a restart.
            return false;
        }

        return true;
    }

    /// <summary>Writes the taken-in event to storage, after the acknowledgement.</summary>
    public async Task RememberAsync(string appId, string teamId, string eventId, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync([new DocumentChange(KeyOf(appId, teamId, eventId), "{}", null, clock.GetUtcNow() + options.Value.EventRetention)], cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Already stored: another instance sharing the storage took it in too.
        }
    }

    /// <summary>Forgets an event that could not be taken in after all (the house was full), so Slack's retry is.</summary>
    public void Forget(string appId, string teamId, string eventId) => recent.TryRemove(KeyOf(appId, teamId, eventId), out _);
}
