using CoachBot.Channels.BotFramework.Authentication;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: Bot Framework activities from Azure Bot Service, Teams or the Agents
/// Playground. It checks what only this channel knows (its channel ids, the token, the serviceUrl) and
/// hands the turn to the front door (<see cref="TurnRunner"/>): <c>expectReplies</c> is answered in the
/// response, normal delivery is acknowledged at once and runs in the background, its replies posted to
/// the serviceUrl. The web chat and the terminal have their own entries, and their conversations cannot
/// be reached from this one.
/// </summary>
public static class BotFrameworkEndpoint
{
    public const string Route = "/api/messages";

    private static readonly HashSet<string> HandledTypes =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Event];

    public static async Task<IResult> HandleAsync(
        HttpContext http, TurnRunner runner, BotFrameworkChannel channel, BotFrameworkAuthenticator authenticator,
        ConversationRateLimiter rateLimiter, IOptions<CoachBotOptions> options, ILogger<BotFrameworkChannel> logger)
    {
        var (activity, error) = await ActivityRequest.ReadAsync(http, options.Value, logger);
        if (activity is null)
        {
            return error!;
        }

        if (activity.ChannelId is { } channelId && !BotFrameworkChannels.Accepts(channelId, authenticator.IsAnonymous))
        {
            return ActivityRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "This endpoint serves Bot Framework channels only.").Error;
        }

        // With an app id, a valid token (which the serviceUrl and channelId checks read from the body); without, anonymous.
        if (await authenticator.AuthenticateAsync(http.Request, activity, http.RequestAborted) is not { } caller)
        {
            return BotFrameworkAuthenticator.Refusal(http);
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (!HandledTypes.Contains(activity.Type!))
        {
            // Unknown types are ignored; an invoke nobody handles is "not implemented", as the protocol says.
            return activity.Type == ActivityTypes.Invoke ? Results.StatusCode(StatusCodes.Status501NotImplemented)
                : expectReplies ? Results.Json(new ExpectedReplies(), ActivityJson.Wire)
                : Results.Ok();
        }

        if (activity.Type == ActivityTypes.Event && ConversationEvents.IsReserved(activity.Name))
        {
            // The engine's own events (a person unreachable, a private chat to start) are raised by the engine only.
            return ActivityRequest.Refuse(http, logger, StatusCodes.Status403Forbidden, "This event is raised by CoachBot itself and cannot be sent to it.").Error;
        }

        if (ActivityRequest.Incomplete(http, activity, logger) is { } incomplete)
        {
            return incomplete;
        }

        if (!expectReplies && !BotFrameworkChannel.MayCall(activity.ServiceUrl, anonymous: false))
        {
            return ActivityRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "An activity needs a serviceUrl to be answered.").Error;
        }

        // Without an app id nobody is authenticated, so the bot calls only this machine (the Agents
        // Playground, the Emulator), on every delivery mode: an expectReplies turn also opens personal chats.
        if (caller.IsAnonymous && activity.ServiceUrl is { } serviceUrl && !BotFrameworkChannel.MayCall(serviceUrl, anonymous: true))
        {
            return ActivityRequest.Refuse(http, logger, StatusCodes.Status403Forbidden, "Without an app id, CoachBot answers only to a serviceUrl on this machine.").Error;
        }

        if (rateLimiter.Refuse(http, activity, logger) is { } limited)
        {
            return limited;
        }

        BotFrameworkChannel.Prepare(activity);
        if (!expectReplies)
        {
            return runner.TryStart(activity, channel) ? Results.Ok() : TurnRefusals.Busy(http, logger);
        }

        // The replies are the bot's after its state is committed; the response is written after that.
        var outcome = await runner.AnswerAsync(activity, channel, http.RequestAborted);
        return outcome.Status switch
        {
            TurnStatus.Busy => TurnRefusals.Busy(http, logger),
            TurnStatus.Refused => ActivityRequest.Refuse(http, logger, StatusCodes.Status403Forbidden, "This conversation is not the caller's.").Error,
            _ => Results.Json(new ExpectedReplies { Activities = [.. outcome.Neutral.Select(reply => BotFrameworkChannel.Render(reply))] }, ActivityJson.Wire),
        };
    }
}

/// <summary>
/// The channel ids <c>/api/messages</c> takes, and the key spaces their conversations live in: Teams
/// as <c>msteams</c> (it has no other way in), Azure Bot Service's relayed channels as <c>azure-{id}</c>
/// (so Azure's Slack never shares <c>user/slack/…</c> with a native Slack channel), and without an app id
/// the local tools' own.
/// </summary>
public static class BotFrameworkChannels
{
    public const string Teams = "msteams";
    public const string RelayedPrefix = "azure-";

    // Azure's Web Chat (the portal's "Test in Web Chat", an embedded iframe) sends "webchat", the name
    // of CoachBot's own page too: the prefix keeps the two apart, as it does Azure's Slack and ours.
    private static readonly HashSet<string> Relayed =
    [
        "webchat", "directline", "directlinespeech", "slack", "telegram", "facebook", "email", "sms",
        "line", "kik", "groupme", "skype", "webex", "omnichannel", "m365extensions", "outlook", "alexa", "twilio-sms",
    ];

    /// <summary>The Bot Framework Emulator and test harnesses; the Agents Playground speaks as msteams.</summary>
    private static readonly HashSet<string> LocalDevelopment = ["emulator", "test"];

    /// <summary>Every key space of this channel, for the <see cref="ChannelRegistry"/>.</summary>
    public static IReadOnlyCollection<string> KeySpaces { get; } =
        [Teams, .. LocalDevelopment, .. Relayed.Select(id => RelayedPrefix + id)];

    public static bool Accepts(string channelId, bool anonymous) =>
        channelId == Teams || Relayed.Contains(channelId) || (anonymous && LocalDevelopment.Contains(channelId));

    /// <summary>The key space of an accepted channel id.</summary>
    public static string KeySpaceOf(string channelId) => Relayed.Contains(channelId) ? RelayedPrefix + channelId : channelId;

    /// <summary>The channel id Azure Bot Service knows for a key space (the inverse of <see cref="KeySpaceOf"/>).</summary>
    public static string? ChannelIdOf(string? keySpace) =>
        keySpace is not null && keySpace.StartsWith(RelayedPrefix, StringComparison.Ordinal) ? keySpace[RelayedPrefix.Length..] : keySpace;
}
