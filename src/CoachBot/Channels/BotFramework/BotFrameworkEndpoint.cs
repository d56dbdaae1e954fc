using CoachBot.Channels.BotFramework.Authentication;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: Bot Framework activities from Azure Bot Service, Teams or the Agents
/// Playground. <c>expectReplies</c> is answered in the response; normal delivery is acknowledged at once
/// and the turn runs in the background, its replies posted to the activity's serviceUrl.
/// </summary>
public static class BotFrameworkEndpoint
{
    private static readonly HashSet<string> HandledTypes =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Event];

    /// <summary>How long a channel should wait before trying again when too many turns are waiting.</summary>
    private const string RetryAfterSeconds = "1";

    public static async Task<IResult> HandleAsync(
        HttpContext http, TurnRunner runner, BackgroundTurns background, BotFrameworkChannel channel, BotFrameworkAuthenticator authenticator, IOptions<CoachBotOptions> options)
    {
        var (activity, error) = await ActivityRequest.ReadAsync(http, options.Value);
        if (activity is null)
        {
            return error!;
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

        if (ActivityRequest.Incomplete(activity) is { } incomplete)
        {
            return incomplete;
        }

        if (!expectReplies && !IsHttpUrl(activity.ServiceUrl))
        {
            return Results.Problem("An activity needs a serviceUrl to be answered.", statusCode: StatusCodes.Status400BadRequest);
        }

        // Without an app id nobody is authenticated, so the bot answers only to this machine (the Agents
        // Playground, the Emulator): otherwise anyone could make it post to any address.
        if (caller.IsAnonymous && !expectReplies && activity.ServiceUrl is { } serviceUrl && !IsLoopback(serviceUrl))
        {
            return Results.Problem("Without an app id, CoachBot answers only to a serviceUrl on this machine.", statusCode: StatusCodes.Status403Forbidden);
        }

        BotFrameworkChannel.Prepare(activity);
        if (expectReplies)
        {
            var replies = await runner.RunAsync(activity, channel, http.RequestAborted);
            return Results.Json(new ExpectedReplies { Activities = [.. replies] }, ActivityJson.Options);
        }

        if (!background.TryStart(activity, channel))
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return Results.Problem("Too many turns are waiting; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private static bool IsLoopback(string value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.IsLoopback;

    /// <summary>Only http(s) URLs: on Linux "/some/path" also parses as an absolute (file:) URI.</summary>
    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}
