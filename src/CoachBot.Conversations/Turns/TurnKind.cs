namespace CoachBot.Conversations.Turns;

/// <summary>
/// What a turn is, in the engine's terms. Channels translate their own shapes (Teams' conversation and
/// installation updates, later Slack's <c>app_home_opened</c> or <c>app_uninstalled</c>) into these, so
/// the bot routes a few neutral events and never a channel's.
/// </summary>
public enum TurnKind
{
    /// <summary>Nothing the bot handles: no state is read or written, nothing is said.</summary>
    None,

    /// <summary>A person wrote something (or picked a choice).</summary>
    Message,

    /// <summary>A person arrived in a conversation with the bot (a personal chat was opened): welcome them.</summary>
    Joined,

    /// <summary>The bot was added to a conversation or installed for a person.</summary>
    Installed,

    /// <summary>The bot was removed, uninstalled or blocked, or its tokens were revoked: nothing more is sent unasked.</summary>
    Removed,

    /// <summary>Raised by the engine only: a message sent unasked was refused, the person is unreachable.</summary>
    Unreachable,

    /// <summary>Raised by the engine only: a proactive turn (<see cref="TurnRunner.ContinueAsync(ConversationReference, string, System.Text.Json.JsonElement?, string?, CancellationToken)"/>) with its event name.</summary>
    Continued,
}

/// <summary>The names the engine reserves for events it raises itself; an inbound activity may not use them.</summary>
public static class ConversationEvents
{
    /// <summary>A message the bot sent unasked was refused: the person blocked or removed it.</summary>
    public const string Unreachable = "conversation/unreachable";

    /// <summary>
    /// Whether <paramref name="eventName"/> is one only the engine raises: the engine's own
    /// (<c>conversation/…</c>) and the bot's proactive events (<c>coachbot/…</c>). A channel refuses an
    /// inbound event with such a name.
    /// </summary>
    public static bool IsReserved(string? eventName) =>
        eventName is not null && (eventName.StartsWith("conversation/", StringComparison.OrdinalIgnoreCase) || eventName.StartsWith("coachbot/", StringComparison.OrdinalIgnoreCase));
}
