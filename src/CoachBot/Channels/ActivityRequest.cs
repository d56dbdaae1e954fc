using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace CoachBot.Channels;

/// <summary>Reads an activity from a request body: size-limited, JSON only, with a clear answer for anything else.</summary>
public static class ActivityRequest
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpContext http, CoachBotOptions options)
    {
        var request = http.Request;
        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return (null, TooLarge(options));
        }

        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem("The body must be a JSON activity (Content-Type: application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        // Kestrel enforces the limit while the body streams in, also for chunked bodies without a length.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options, http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(options));
        }
        catch (JsonException)
        {
            return (null, Results.Problem("The body is not a valid activity.", statusCode: StatusCodes.Status400BadRequest));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, Results.Problem("An activity needs a type.", statusCode: StatusCodes.Status400BadRequest));
        }

        return (activity, null);
    }

    /// <summary>The fields a turn cannot do without: who, where, and on which channel.</summary>
    public static IResult? Incomplete(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.From?.Id) || string.IsNullOrWhiteSpace(activity.ChannelId)
            ? Results.Problem("An activity needs channelId, from.id and conversation.id.", statusCode: StatusCodes.Status400BadRequest)
            : null;

    private static IResult TooLarge(CoachBotOptions options) =>
        Results.Problem($"The body is larger than {options.MaxRequestBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
