using CoachBot.Channels.BotFramework.Authentication;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: Bot Framework activities from Azure Bot Service, Teams or the Agents
/// Playground. <c>expectReplies</c> is answered in the response; normal delivery is acknowledged at once
/// and the turn runs in the background, its replies posted to the activity's serviceUrl. Only Bot
/// Framework channels come in here (<see cref="BotFrameworkChannels"/>): the web chat and the terminal
/// have their own entries, and their conversations cannot be reached from this one.
/// </summary>
public static class BotFrameworkEndpoint
{
    private static readonly HashSet<string> HandledTypes =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Event];

    public static async Task<IResult> HandleAsync(
        HttpContext http, TurnRunner runner, BackgroundTurns background, TurnAdmission admission, BotFrameworkChannel channel, BotFrameworkAuthenticator authenticator,
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
                : expectReplies ? Results.Json(new ExpectedReplies(), ActivityJson.Options)
                : Results.Ok();
        }

        if (ActivityRequest.Incomplete(http, activity, logger) is { } incomplete)
        {
            return incomplete;
        }

        if (!expectReplies && !IsHttpUrl(activity.ServiceUrl))
        {
            return ActivityRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "An activity needs a serviceUrl to be answered.").Error;
        }

        // Without an app id nobody is authenticated, so the bot answers only to this machine (the Agents
        // Playground, the Emulator): otherwise anyone could make it post to any address.
        if (caller.IsAnonymous && !expectReplies && activity.ServiceUrl is { } serviceUrl && !IsLoopback(serviceUrl))
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
            return background.TryStart(activity, channel) ? Results.Ok() : TurnRefusals.Busy(http, logger);
        }

        if (!admission.TryReserve())
        {
            return TurnRefusals.Busy(http, logger);
        }

        try
        {
            // The replies are the bot's after its state is committed; the response is written after that.
            var replies = await runner.RunAsync(activity, channel, http.RequestAborted);
            return Results.Json(new ExpectedReplies { Activities = [.. replies] }, ActivityJson.Options);
        }
        finally
        {
            admission.EndReservation();
        }
    }

    private static bool IsLoopback(string value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.IsLoopback;

    /// <summary>Only http(s) URLs: on Linux "/some/path" also parses as an absolute (file:) URI.</summary>
    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}

/// <summary>The channel ids <c>/api/messages</c> takes: Azure Bot Service's channels, and without an app id the local tools'.</summary>
public static class BotFrameworkChannels
{
    // "webchat" is also Azure's Web Chat channel, but here it names CoachBot's own page, which has its
    // own endpoint and identity; Azure's Web Chat talks Direct Line ("directline") to a bot like this one.
    private static readonly HashSet<string> Production =
    [
        BotFrameworkChannel.TeamsChannelId, "directline", "directlinespeech", "slack", "telegram", "facebook", "email", "sms",
        "line", "kik", "groupme", "skype", "webex", "omnichannel", "m365extensions", "outlook", "alexa", "twilio-sms",
    ];

    /// <summary>The Bot Framework Emulator and test harnesses; the Agents Playground speaks as msteams.</summary>
    private static readonly HashSet<string> LocalDevelopment = ["emulator", "test"];

    public static bool Accepts(string channelId, bool anonymous) =>
        Production.Contains(channelId) || (anonymous && LocalDevelopment.Contains(channelId));
}
