using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// Teams, Azure Bot Service's channels, the Agents Playground and the Emulator: everything that speaks the
/// Bot Framework Activity protocol through <c>/api/messages</c> and the Bot Connector. Its conversations
/// live under the ids of <see cref="BotFrameworkChannels"/>: relayed channels (Azure's Slack, Direct
/// Line…) under <c>azure-…</c>, so a native channel of the same name never shares their keys.
/// </summary>
public sealed partial class BotFrameworkChannel(ConnectorClient connector, TimeProvider clock, IOptions<BotFrameworkOptions> options) : IChannel
{
    public const string TeamsChannelId = BotFrameworkChannels.Teams;

    /// <summary>The Connector's error code for a conversation that does not exist (any more).</summary>
    public const string ConversationNotFound = "ConversationNotFound";

    private readonly bool anonymous = options.Value.IsAnonymous;

    public IReadOnlyCollection<string> Ids => BotFrameworkChannels.KeySpaces;

    public bool CanPush => true;

    public bool ShowsTyping => true;

    /// <summary>The reference, in this channel's key space, with the tenant wherever Teams put it.</summary>
    public ConversationReference ReferenceOf(Activity inbound) => ConversationReference.From(inbound) with
    {
        ChannelId = BotFrameworkChannels.KeySpaceOf(inbound.ChannelId ?? string.Empty),
        TenantId = inbound.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : TeamsTenantOf(inbound),
    };

    public TurnKind KindOf(Activity inbound, ConversationReference reference) => ActivityLifecycle.KindOf(inbound, reference);

    /// <summary>A neutral reply as Bot Framework clients show it (see <see cref="BotFrameworkRendering"/>).</summary>
    public static Activity Render(Activity neutral) => BotFrameworkRendering.Render(neutral, longChoicesAsCard: neutral.ChannelId == TeamsChannelId);

    /// <summary>A neutral reply as an activity answering its inbound one, as Bot Framework clients show it.</summary>
    public static Activity Render(Reply reply) => Render(ActivityReplies.ToActivity(reply.Message, reply.InReplyTo));

    public async Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var serviceUrl = ServiceUrlOf(to);
        foreach (var reply in replies)
        {
            var rendered = Render(reply);
            // A proactive turn's replies carry the key space (azure-slack); the Connector knows the channel by its own id.
            rendered.ChannelId = BotFrameworkChannels.ChannelIdOf(rendered.ChannelId);
            if (reply.Stream is null || !await reply.Stream.CompleteAsync(rendered, cancellationToken))
            {
                await connector.SendAsync(serviceUrl, rendered, cancellationToken);
            }
        }
    }

    public Task TypingAsync(ConversationReference to, Activity inbound, CancellationToken cancellationToken)
    {
        var typing = inbound.CreateReply();
        typing.Type = ActivityTypes.Typing;
        typing.ChannelId = BotFrameworkChannels.ChannelIdOf(typing.ChannelId);
        return connector.SendAsync(ServiceUrlOf(to), typing, cancellationToken);
    }

    /// <summary>Teams streams in personal chats only; elsewhere the final message comes alone.</summary>
    public IReplyStream OpenStream(ConversationReference to, Activity inbound) =>
        inbound.ChannelId == TeamsChannelId && !to.IsShared && MayCall(to.ServiceUrl) ? new TeamsReplyStream(connector, to, inbound, clock) : new BufferedReplyStream();

    /// <summary>A 403, with <c>MessageWritesBlocked</c> or without: Teams answers both when the person blocked or removed the bot.</summary>
    public bool Refused(Exception exception) => exception is ConnectorException { Forbidden: true } && !ConversationGone(exception);

    /// <summary>
    /// A 404 (Teams' <c>ConversationNotFound</c>, or no code), or a 403 naming <c>ConversationNotFound</c>: the
    /// conversation is gone, not the person; <see cref="OpenPersonalConversationAsync"/> opens a new one.
    /// </summary>
    public bool ConversationGone(Exception exception) => exception is ConnectorException { Status: HttpStatusCode.NotFound, Code: null or ConversationNotFound }
        or ConnectorException { Forbidden: true, Code: ConversationNotFound };

    public async Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken)
    {
        var id = await connector.CreateConversationAsync(ServiceUrlOf(member), member.BotId ?? string.Empty, member.UserId, member.TenantId, cancellationToken);
        return member with { ConversationId = id, ConversationType = ConversationTypes.Personal };
    }

    /// <summary>
    /// Whether the bot may call <paramref name="serviceUrl"/>: an http(s) URL and, without an app id (where
    /// nobody who names one is authenticated), only one on this machine, whatever the delivery mode.
    /// </summary>
    public static bool MayCall(string? serviceUrl, bool anonymous) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && (!anonymous || uri.IsLoopback);

    private bool MayCall(string? serviceUrl) => MayCall(serviceUrl, anonymous);

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
            if (entity?.Type == "mention" && entity.Properties is { } fields
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

    /// <summary>Where to reach the conversation; never an address <see cref="MayCall(string?, bool)"/> refuses.</summary>
    private string ServiceUrlOf(ConversationReference to) =>
        MayCall(to.ServiceUrl) ? to.ServiceUrl! : throw new InvalidOperationException("The conversation has no serviceUrl the bot may answer to.");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
