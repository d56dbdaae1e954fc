using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.WebChat;

/// <summary>
/// <c>POST /api/webchat</c>: the local web chat page. Same activities as Bot Framework, always answered in
/// the response body, on a channel of its own so the page never needs a Bot Framework token; as server-sent
/// events when the page asks for them, so a draft shows while it is written.
/// </summary>
public static class WebChatEndpoint
{
    public const string ChannelId = "webchat";

    public static async Task<IResult> HandleAsync(HttpContext http, TurnRunner runner, WebChatChannel channel, IOptions<CoachBotOptions> options)
    {
        var (activity, error) = await ActivityRequest.ReadAsync(http, options.Value);
        if (activity is null)
        {
            return error!;
        }

        activity.ChannelId = ChannelId;
        activity.ServiceUrl = null;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        if (ActivityRequest.Incomplete(activity) is { } incomplete)
        {
            return incomplete;
        }

        if (WebChatEvents.Wanted(http.Request))
        {
            var events = new WebChatEvents(http.Response);
            await events.StartAsync(http.RequestAborted);
            var streamed = await runner.RunAsync(activity, new WebChatEvents.Channel(events), http.RequestAborted);
            await events.RepliesAsync(streamed, http.RequestAborted);
            return Results.Empty;
        }

        var replies = await runner.RunAsync(activity, channel, http.RequestAborted);
        return Results.Json(new ExpectedReplies { Activities = [.. replies] }, ActivityJson.Options);
    }
}
