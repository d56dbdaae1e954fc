using System.Text;
using CoachBot.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace CoachBot.Channels.Slack;

/// <summary>
/// A request from Slack, read as raw bytes (within <see cref="CoachBotOptions.MaxRequestBodyBytes"/>) and
/// verified (<see cref="SlackSignature"/>) before anything of it is parsed: a request that fails gets 401,
/// and nothing of it is read further or stored. Refusals are logged by status and a fixed reason only.
/// </summary>
public static class SlackRequest
{
    public static async Task<(byte[]? Body, IResult? Error)> ReadSignedAsync(HttpContext http, SlackOptions slack, CoachBotOptions options, TimeProvider clock, ILogger logger)
    {
        var request = http.Request;
        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return Refuse(http, logger, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {options.MaxRequestBodyBytes} bytes.");
        }

        if (!request.Headers.ContainsKey(SlackSignature.SignatureHeader) || !request.Headers.ContainsKey(SlackSignature.TimestampHeader))
        {
            return Refuse(http, logger, StatusCodes.Status401Unauthorized, "The request is not signed by Slack.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBodyBytes;
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > options.MaxRequestBodyBytes)
                {
                    return Refuse(http, logger, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {options.MaxRequestBodyBytes} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            body = buffer.ToArray();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(http, logger, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {options.MaxRequestBodyBytes} bytes.");
        }
        catch (BadHttpRequestException exception)
        {
            return Refuse(http, logger, exception.StatusCode, "The body could not be read.");
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return Refuse(http, logger, StatusCodes.Status400BadRequest, "The client closed the request.");
        }

        if (!SlackSignature.Verify(slack.SigningSecret!, request.Headers[SlackSignature.TimestampHeader], request.Headers[SlackSignature.SignatureHeader], body, clock.GetUtcNow()))
        {
            return Refuse(http, logger, StatusCodes.Status401Unauthorized, "The request's Slack signature or timestamp is not valid.");
        }

        return (body, null);
    }

    /// <summary>A form body's fields (slash commands, interactivity); null when it is not one.</summary>
    public static Dictionary<string, string>? Form(HttpContext http, byte[] body)
    {
        if (!http.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static (byte[]? Body, IResult Error) Refuse(HttpContext http, ILogger logger, int status, string reason)
    {
        if (status >= StatusCodes.Status400BadRequest)
        {
            // Slack retries a failed event; a request it sent wrongly will not come right by itself.
            http.Response.Headers["X-Slack-No-Retry"] = "1";
        }

        return (null, ActivityRequest.Refuse(http, logger, status, reason).Error);
    }
}
