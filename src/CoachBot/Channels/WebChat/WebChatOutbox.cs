using System.Collections.Concurrent;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.WebChat;

/// <summary>One batch of activities the bot sent unasked (a nudge's replies), waiting for the page to show it.</summary>
public sealed class OutboxEntry
{
    public string Id { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public List<Activity> Activities { get; set; } = [];
}

/// <summary>A web chat conversation's outbox as stored.</summary>
public sealed class OutboxDocument
{
    public List<OutboxEntry> Pending { get; set; } = [];
}

/// <summary>
/// What the bot sent a web chat conversation unasked, kept in storage until the page says it showed it:
/// an open page gets it at once (server-sent events, <see cref="WebChatNudgeEndpoints"/>), a closed one
/// when it opens, and nothing is lost in between (a page that closes before acknowledging gets it again).
/// Stored under the person's key, so erasing their data erases it.
/// </summary>
public sealed class WebChatOutbox(StateStore state, TimeProvider clock)
{
    /// <summary>An outbox nobody opens is let go after this long.</summary>
    private static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> changes = new(StringComparer.Ordinal);

    public static string KeyOf(string userId, string conversationId) => $"user/{WebChatEndpoint.ChannelId}/{userId}/outbox/{conversationId}";

    /// <summary>Adds one batch, then wakes any page listening for this conversation.</summary>
    public async Task AddAsync(ConversationReference to, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var key = KeyOf(to.UserId, to.ConversationId);
        var entry = new OutboxEntry { Id = Guid.NewGuid().ToString("N"), At = clock.GetUtcNow(), Activities = [.. activities] };
        await ChangeAsync(key, outbox => outbox.Pending.Add(entry), cancellationToken);
        if (changes.TryRemove(key, out var changed))
        {
            changed.TrySetResult();
        }
    }

    /// <summary>What waits to be shown, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> PendingAsync(string userId, string conversationId, CancellationToken cancellationToken) =>
        (await state.LoadAsync<OutboxDocument>(KeyOf(userId, conversationId), cancellationToken)).Value.Pending;

    /// <summary>The page showed the batch <paramref name="id"/>.</summary>
    public Task RemoveAsync(string userId, string conversationId, string id, CancellationToken cancellationToken) =>
        ChangeAsync(KeyOf(userId, conversationId), outbox => outbox.Pending.RemoveAll(entry => entry.Id == id), cancellationToken);

    /// <summary>Completes when something is added for the conversation. Take it before reading, so nothing added in between is missed.</summary>
    public Task ChangedAsync(string userId, string conversationId) =>
        changes.GetOrAdd(KeyOf(userId, conversationId), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task ChangeAsync(string key, Action<OutboxDocument> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var document = await state.LoadAsync<OutboxDocument>(key, cancellationToken);
            change(document.Value);
            document.ExpiresAt = clock.GetUtcNow() + Kept;
            try
            {
                if (document.Value.Pending.Count == 0)
                {
                    await state.DeleteAsync(document, cancellationToken);
                }
                else
                {
                    await state.SaveAsync(document, cancellationToken);
                }

                return;
            }
            catch (StorageConflictException)
            {
                // The page acknowledged, or another nudge arrived, meanwhile: read it again and redo the change.
            }
        }
    }
}
