using System.Globalization;
using CoachBot.Conversations.State;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// What the front door keeps in every conversation's state, whatever else the bot keeps there: whom the
/// conversation belongs to and how to reach it again (its <see cref="Reference"/>), whether it may be
/// written to unasked, and the last turns handled, so a retry is not run twice.
/// </summary>
public interface IConversationRecord
{
    ConversationReference? Reference { get; set; }

    bool Unreachable { get; set; }

    /// <summary>Fingerprints of the last turn ids handled (activity ids, or a proactive caller's ids).</summary>
    List<string> RecentActivities { get; }
}

/// <summary>Reads a conversation's state document for the front door, which commits it after the bot's turn.</summary>
public interface IConversationStates
{
    StateStore Store { get; }

    Task<(StateDocument Document, IConversationRecord Record)> LoadAsync(string key, CancellationToken cancellationToken);
}

/// <summary>The bot's conversation state type <typeparamref name="T"/>, read for the front door.</summary>
public sealed class ConversationStates<T>(StateStore store) : IConversationStates where T : class, IConversationRecord, new()
{
    public StateStore Store => store;

    public async Task<(StateDocument Document, IConversationRecord Record)> LoadAsync(string key, CancellationToken cancellationToken)
    {
        // A document this version cannot read (a dialog stack from an older version) starts afresh rather than failing every turn.
        var document = await store.LoadAsync<T>(key, cancellationToken, replaceUnreadable: true);
        return (document, document.Value);
    }
}

/// <summary>
/// What a turn writes besides its conversation's state, composed by the bot when the front door commits:
/// all of it in one atomic write. After a conflict on a key <see cref="RetryOn"/> accepts, the bot is asked
/// again (it re-reads what changed) and the commit is tried again.
/// </summary>
public sealed record TurnWrite(IReadOnlyList<StateDocument> Documents, IReadOnlyList<string> Deletions, Func<string, bool>? RetryOn = null)
{
    /// <summary>Only the conversation's state.</summary>
    public static TurnWrite ConversationOnly { get; } = new([], []);

    /// <summary>Nothing at all, not even the conversation (everything about the person was just erased).</summary>
    public static TurnWrite Nothing { get; } = new([], []) { Skip = true };

    public bool Skip { get; private init; }
}

/// <summary>Remembers which turns a conversation has handled, by a short fingerprint of their ids.</summary>
internal static class TurnIds
{
    /// <summary>Channels retry within seconds or minutes, so the last few ids are enough to spot a retry.</summary>
    private const int Kept = 8;

    /// <summary>Remembers <paramref name="id"/>, saved with the turn; true when it was handled already.</summary>
    public static bool AlreadyHandled(IConversationRecord record, string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        // A short fingerprint, not the id: this list is written with every turn. FNV-1a is stable across
        // processes (string.GetHashCode is not), and a chance collision only drops one message.
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var fingerprint = hash.ToString("x16", CultureInfo.InvariantCulture);
        if (record.RecentActivities.Contains(fingerprint))
        {
            return true;
        }

        record.RecentActivities.Add(fingerprint);
        if (record.RecentActivities.Count > Kept)
        {
            record.RecentActivities.RemoveAt(0);
        }

        return false;
    }
}
