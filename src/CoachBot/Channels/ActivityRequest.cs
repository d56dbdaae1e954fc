using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace CoachBot.Channels;

/// <summary>
/// Reads an activity from a request body: size-limited, JSON only, ids checked (<see cref="ActivityIds"/>),
/// with a clear answer for anything else. What the client got wrong is logged once, at information level,
/// by its status and a fixed reason: never the body, never a value from it.
/// </summary>
public static partial class ActivityRequest
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpContext http, CoachBotOptions options, ILogger logger)
    {
        var request = http.Request;
        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return Refuse(http, logger, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {options.MaxRequestBodyBytes} bytes.");
        }

        if (!request.HasJsonContentType())
        {
            return Refuse(http, logger, StatusCodes.Status415UnsupportedMediaType, "The body must be a JSON activity (Content-Type: application/json).");
        }

        // Kestrel enforces the limit while the body streams in, also for chunked bodies without a length.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Wire, http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(http, logger, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {options.MaxRequestBodyBytes} bytes.");
        }
        catch (BadHttpRequestException exception)
        {
            // A body that came too slowly (Kestrel's minimum data rate), ended early, or was malformed on the wire.
            return Refuse(http, logger, exception.StatusCode, "The body could not be read.");
        }
        catch (JsonException)
        {
            return Refuse(http, logger, StatusCodes.Status400BadRequest, "The body is not a valid activity.");
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody reads the answer.
            return Refuse(http, logger, StatusCodes.Status400BadRequest, "The client closed the request.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Refuse(http, logger, StatusCodes.Status400BadRequest, "An activity needs a type.");
        }

        if (ActivityIds.Problem(activity) is { } problem)
        {
            return Refuse(http, logger, StatusCodes.Status400BadRequest, problem);
        }

        return (activity, null);
    }

    /// <summary>The fields a turn cannot do without: who, where, and on which channel.</summary>
    public static IResult? Incomplete(HttpContext http, Activity activity, ILogger logger) =>
        string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.From?.Id) || string.IsNullOrWhiteSpace(activity.ChannelId)
            ? Refuse(http, logger, StatusCodes.Status400BadRequest, "An activity needs channelId, from.id and conversation.id.").Error
            : null;

    /// <summary>A problem answer for something the client got wrong, logged once; the reason is ours, never the client's text.</summary>
    public static (Activity? Activity, IResult Error) Refuse(HttpContext http, ILogger logger, int status, string reason)
    {
        LogRefused(logger, http.Request.Path.Value, status, reason);
        return (null, Results.Problem(reason, statusCode: status));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to {Path}: {Status} {Reason}")]
    private static partial void LogRefused(ILogger logger, string? path, int status, string reason);
}
