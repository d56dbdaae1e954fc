using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using CoachBot.Privacy;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.WebChat;

/// <summary>
/// <c>POST /api/webchat</c>: the web chat page. Same activities as Bot Framework, always answered in the
/// response body, on a channel of its own so the page never needs a Bot Framework token. The person and
/// the conversation are the ones its <see cref="WebChatIdentity"/> cookie names: an activity without a
/// conversation id starts a new one (its id comes back on the replies), and one naming a conversation this
/// browser did not start is refused with 403 before anything of it is read. A page that asks for
/// server-sent events gets them, so a draft shows while it is written.
/// </summary>
public static class WebChatEndpoint
{
    public const string ChannelId = "webchat";
    public const string Route = "/api/webchat";

    public static async Task<IResult> HandleAsync(
        HttpContext http, TurnRunner runner, WebChatChannel channel, WebChatIdentity identity, ConversationRateLimiter rateLimiter,
        IOptions<CoachBotOptions> options, TimeProvider clock, ILogger<WebChatChannel> logger)
    {
        var (activity, error) = await ActivityRequest.ReadAsync(http, options.Value, logger);
        if (activity is null)
        {
            return error!;
        }

        var session = await identity.ReadAsync(http.Request, http.RequestAborted);
        activity.Conversation ??= new ConversationAccount();
        if (string.IsNullOrEmpty(activity.Conversation.Id))
        {
            activity.Conversation.Id = session.StartConversation();
        }
        else if (!session.Owns(activity.Conversation.Id))
        {
            return ActivityRequest.Refuse(http, logger, StatusCodes.Status403Forbidden, "This conversation was not started in this browser.").Error;
        }

        if (activity.Type == ActivityTypes.Event && ConversationEvents.IsReserved(activity.Name))
        {
            return ActivityRequest.Refuse(http, logger, StatusCodes.Status403Forbidden, "This event is raised by CoachBot itself and cannot be sent to it.").Error;
        }

        BindToSession(activity, session);
        identity.Write(http, session);
        if (ActivityRequest.Incomplete(http, activity, logger) is { } incomplete)
        {
            return incomplete;
        }

        if (rateLimiter.Refuse(http, activity, logger) is { } limited)
        {
            return limited;
        }

        var events = WebChatEvents.Wanted(http.Request) ? new WebChatEvents(http.Response) : null;
        var outcome = await runner.AnswerAsync(activity, events is null ? channel : new WebChatEvents.Channel(events), http.RequestAborted);
        switch (outcome.Status)
        {
            case TurnStatus.Busy:
                return TurnRefusals.Busy(http, logger);
            case TurnStatus.Refused:
                return ActivityRequest.Refuse(http, logger, StatusCodes.Status403Forbidden, "This conversation is not this browser's.").Error;
        }

        var replies = outcome.Neutral;
        if (replies.Any(reply => reply.Message.Marks.Contains(DataRights.DataErasedEntity)))
        {
            // Everything about the person is gone: so is the identity that led to it, in this browser and in any copy of its cookie.
            await identity.RevokeAsync(session.UserId, CancellationToken.None);
            // An erasure streams nothing, so its answer has not started and the cookie can still be replaced.
            if (!http.Response.HasStarted)
            {
                identity.Write(http, WebChatSession.New(clock.GetUtcNow()));
            }
        }

        if (events is not null)
        {
            await events.RepliesAsync(replies, http.RequestAborted);
            return Results.Empty;
        }

        return Results.Json(WebChatChannel.Render(replies), ActivityJson.Wire);
    }

    /// <summary>The person is whoever the cookie says; any member who is not the bot is that person.</summary>
    private static void BindToSession(Activity activity, WebChatSession session)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = null;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        // One browser's chat: never a shared conversation, whatever the page says.
        activity.Conversation!.ConversationType = ConversationTypes.Personal;
        activity.Conversation.IsGroup = null;
        activity.From = new ChannelAccount { Id = session.UserId, Name = activity.From?.Name, Role = "user" };
        var botId = activity.Recipient?.Id;
        foreach (var member in (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []))
        {
            if (member.Id != botId)
            {
                member.Id = session.UserId;
            }
        }
    }
}
