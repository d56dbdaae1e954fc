using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Slack;

/// <summary>
/// Slack's Events API and Web API as one <see cref="IChannel"/>: conversations live under <c>slack</c>
/// (Azure's relayed Slack is <c>azure-slack</c>), keyed by Slack's channel id (a DM <c>D…</c>) with the
/// team as the tenant. Replies go out as Block Kit through <c>chat.postMessage</c>, a slash command's
/// through its <c>response_url</c>, ephemerally; a stored conversation is continued the same way, so
/// follow-up nudges need nothing of Slack's elsewhere.
/// </summary>
public sealed class SlackChannel(SlackApiClient api, SlackInstallations installations, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackChannel> logger) : IChannel
{
    public const string Id = "slack";

    /// <summary>The inbound event a channel's App Home opening becomes: a person arrived.</summary>
    public const string JoinedEvent = "slack/joined";

    public IReadOnlyCollection<string> Ids { get; } = [Id];

    public bool CanPush => true;

    public ConversationReference ReferenceOf(Activity inbound) => ConversationReference.From(inbound) with { ChannelId = Id };

    public TurnKind KindOf(Activity inbound, ConversationReference reference) => inbound.Type switch
    {
        ActivityTypes.Message => TurnKind.Message,
        ActivityTypes.Event when inbound.Name == JoinedEvent => TurnKind.Joined,
        _ => TurnKind.None,
    };

    public async Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (replies.Count == 0 || SlackTurn.Of(replies[0].InReplyTo).Quiet)
        {
            return;
        }

        var token = await TokenAsync(to, cancellationToken);
        var responseUrl = SlackTurn.Of(replies[0].InReplyTo).ResponseUrl;
        for (var i = 0; i < replies.Count; i++)
        {
            var reply = replies[i];
            var messages = SlackRendering.Render(reply.Message, EditableDraft(replies, i));
            var first = 0;
            if (reply.Stream is SlackReplyStream stream && await stream.FinishAsync(messages[0], cancellationToken))
            {
                first = 1;
            }

            foreach (var message in messages.Skip(first))
            {
                if (responseUrl is not null)
                {
                    var body = message.ToBody(to.ConversationId);
                    body.Remove("channel");
                    body["response_type"] = "ephemeral";
                    await api.RespondAsync(responseUrl, body, cancellationToken);
                }
                else
                {
                    await api.CallAsync("chat.postMessage", token, message.ToBody(to.ConversationId), cancellationToken);
                }
            }
        }
    }

    /// <summary>Personal conversations stream a draft (to a person's message, as Slack's streams answer one); shared ones and answers to a slash command do not.</summary>
    public IReplyStream OpenStream(ConversationReference to, Activity inbound) =>
        !to.IsShared && SlackTurn.Of(inbound) is { ResponseUrl: null, Quiet: false, Ts: { } ts }
            ? new SlackReplyStream(api, token => TokenAsync(to, token), to, ts, options.Value, clock, logger)
            : new BufferedReplyStream();

    /// <summary><c>not_in_channel</c>, <c>account_inactive</c>, <c>is_archived</c>, a revoked token, an uninstalled workspace.</summary>
    public bool Refused(Exception exception) => exception is SlackApiException { Unreachable: true };

    public async Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken)
    {
        var channel = await OpenDirectMessageAsync(member.TenantId ?? string.Empty, member.UserId, cancellationToken);
        return member with { ConversationId = channel, ConversationType = ConversationTypes.Personal };
    }

    /// <summary>The DM channel (<c>D…</c>) between the bot and <paramref name="userId"/>, opened if need be.</summary>
    public async Task<string> OpenDirectMessageAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        var token = await installations.TokenForAsync(teamId, null, cancellationToken);
        var answer = await api.CallAsync("conversations.open", token, new Dictionary<string, object?> { ["users"] = userId }, cancellationToken);
        return SlackIds.Id(SlackIds.Object(answer, "channel"), "id") ?? throw new SlackApiException("conversations.open", "invalid_response");
    }

    public Task<string> TokenAsync(ConversationReference to, CancellationToken cancellationToken) =>
        installations.TokenForAsync(to.TenantId ?? string.Empty, null, cancellationToken);

    /// <summary>
    /// The draft the revision question at <paramref name="index"/> may open in the edit modal: the one shown
    /// just before it in the same turn, while "check my own reply" is one of its choices.
    /// </summary>
    private static string? EditableDraft(IReadOnlyList<Reply> replies, int index) =>
        replies[index].Message is ChoicesReply choices && choices.Choices.Contains(ReplyDialog.CheckMine) && index > 0
        && replies[index - 1].Message is DraftReply draft && draft.Draft.Length <= SlackRendering.MaxButtonValue
            ? draft.Draft
            : null;
}

/// <summary>What a Slack turn carries besides the activity's own fields, in its <c>channelData</c>.</summary>
/// <param name="Ts">The person's message, which a streamed answer replies to.</param>
/// <param name="ResponseUrl">A slash command's: the replies go there, ephemerally.</param>
/// <param name="Quiet">A turn whose replies are not shown (the first half of an edited draft).</param>
public sealed record SlackTurn(string? Ts = null, Uri? ResponseUrl = null, bool Quiet = false)
{
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, SlackJson.Options);

    public static SlackTurn Of(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && activity.ChannelId == SlackChannel.Id
            ? data.Deserialize<SlackTurn>(SlackJson.Options) ?? new SlackTurn()
            : new SlackTurn();
}
