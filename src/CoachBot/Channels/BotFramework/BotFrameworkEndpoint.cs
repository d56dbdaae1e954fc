using CoachBot.Channels.BotFramework.Authentication;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: Bot Framework activities from Azure Bot Service, Teams or the Agents
/// Playground. Replies come back in the response for <c>expectReplies</c>, else go to the activity's serviceUrl.
/// </summary>
public static class BotFrameworkEndpoint
{
    private static readonly HashSet<string> HandledTypes =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate];

    public static async Task<IResult> HandleAsync(
        HttpContext http, TurnRunner runner, ConnectorClient connector, BotFrameworkAuthenticator authenticator, IOptions<CoachBotOptions> options)
    {
        var (activity, error) = await ActivityRequest.ReadAsync(http, options.Value);
        if (activity is null)
        {
            return error!;
        }

        // With an app id, a valid token (which the serviceUrl and channelId checks read from the body); without, anonymous.
        if (await authenticator.AuthenticateAsync(http.Request, activity, http.RequestAborted) is null)
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

        var replies = await runner.RunAsync(activity, connector.SenderFor(activity), http.RequestAborted);
        return expectReplies ? Results.Json(new ExpectedReplies { Activities = [.. replies] }, ActivityJson.Options) : Results.Ok();
    }

    /// <summary>Only http(s) URLs: on Linux "/some/path" also parses as an absolute (file:) URI.</summary>
    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}
