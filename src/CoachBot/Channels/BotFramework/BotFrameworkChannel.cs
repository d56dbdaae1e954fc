using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Channels.Terminal;
using CoachBot.Channels.WebChat;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// Teams, Azure Bot Service channels, the Agents Playground and the Emulator: everything that speaks the
/// Bot Framework Activity protocol through <c>/api/messages</c> and the Bot Connector.
/// </summary>
public sealed partial class BotFrameworkChannel(ConnectorClient connector, TimeProvider clock) : IChannel
{
    public const string TeamsChannelId = "msteams";

    public bool Serves(string channelId) => channelId is not (WebChatEndpoint.ChannelId or TerminalChat.ChannelId);

    public bool CanPush => true;

    public bool ShowsTyping => true;

    /// <summary>The reference, with the tenant wherever Teams put it.</summary>
    public ConversationReference ReferenceOf(Activity inbound) =>
        ConversationReference.From(inbound) with { TenantId = inbound.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : TeamsTenantOf(inbound) };

    public Activity Render(Activity neutral) => BotFrameworkRendering.Render(neutral, longChoicesAsCard: neutral.ChannelId == TeamsChannelId);

    public Task<string?> SendAsync(ConversationReference to, Activity rendered, CancellationToken cancellationToken) =>
        connector.SendAsync(ServiceUrlOf(to), rendered, cancellationToken);

    public Task UpdateAsync(ConversationReference to, string activityId, Activity rendered, CancellationToken cancellationToken) =>
        connector.UpdateAsync(ServiceUrlOf(to), to.ConversationId, activityId, rendered, cancellationToken);

    /// <summary>Teams streams in personal chats only; elsewhere the final message comes alone.</summary>
    public IReplyStream OpenStream(ConversationReference to, Activity inbound) =>
        to.ChannelId == TeamsChannelId && !to.IsShared ? new TeamsReplyStream(connector, to, inbound, clock) : new BufferedReplyStream();

    /// <summary>A 403, with <c>MessageWritesBlocked</c> or without: Teams answers both when the person blocked or removed the bot.</summary>
    public bool Refused(Exception exception) => exception is ConnectorException { Forbidden: true };

    public async Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken)
    {
        var id = await connector.CreateConversationAsync(ServiceUrlOf(member), member.BotId ?? string.Empty, member.UserId, member.TenantId, cancellationToken);
        return member with { ConversationId = id, ConversationType = ConversationTypes.Personal };
    }

    /// <summary>
    /// What a person typed, as the coaching should read it: without the bot's own @mention (Teams puts
    /// <c>&lt;at&gt;CoachBot&lt;/at&gt;</c> in the text of channel messages), and a card button's choice as text.
    /// </summary>
    public static void Prepare(Activity inbound)
    {
        if (inbound.Type != ActivityTypes.Message)
        {
            return;
        }

        if (inbound.Text is { Length: > 0 } text && MentionsOf(inbound, inbound.Recipient?.Id).ToList() is { Count: > 0 } mentions)
        {
            foreach (var mention in mentions)
            {
                text = text.Replace(mention, string.Empty, StringComparison.OrdinalIgnoreCase);
            }

            inbound.Text = Whitespace().Replace(text, " ").Trim();
        }

        if (string.IsNullOrWhiteSpace(inbound.Text) && inbound.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty(BotFrameworkRendering.SubmittedChoice, out var choice) && choice.ValueKind == JsonValueKind.String)
        {
            inbound.Text = choice.GetString();
        }
    }

    /// <summary>The text of each mention entity that names <paramref name="botId"/>.</summary>
    private static IEnumerable<string> MentionsOf(Activity activity, string? botId)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention" && entity.Properties is { } fields
                && fields.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == botId
                && fields.TryGetValue("text", out var mentionText) && mentionText.ValueKind == JsonValueKind.String
                && mentionText.GetString() is { Length: > 0 } said)
            {
                yield return said;
            }
        }
    }

    private static string? TeamsTenantOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } tenantId
            ? tenantId
            : null;

    private static string ServiceUrlOf(ConversationReference to) =>
        to.ServiceUrl ?? throw new InvalidOperationException("The conversation has no serviceUrl to answer to.");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
