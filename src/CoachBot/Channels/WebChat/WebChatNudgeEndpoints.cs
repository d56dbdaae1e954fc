using System.Text.Json;
using CoachBot.Conversations.Activities;

namespace CoachBot.Channels.WebChat;

/// <summary>
/// <c>GET /api/webchat/nudges?conversation=…</c>: server-sent events with what the bot sent the conversation
/// unasked (a <c>nudge</c> event per batch, <c>{"id":…,"activities":[…]}</c>), first what waited while the page
/// was closed, then each new one as it comes. <c>POST /api/webchat/nudges/ack</c> with <c>{"conversation":…,"id":…}</c>
/// says the page showed one; until then it is sent again on every connection. Only the browser whose
/// session started the conversation may listen (403 otherwise).
/// </summary>
public static class WebChatNudgeEndpoints
{
    public const string Route = WebChatEndpoint.Route + "/nudges";

    /// <summary>A comment now and then keeps proxies from closing a quiet stream.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(25);

    public static async Task<IResult> ListenAsync(HttpContext http, WebChatIdentity identity, WebChatOutbox outbox)
    {
        var conversation = http.Request.Query["conversation"].ToString();
        var session = await identity.ReadAsync(http.Request, http.RequestAborted);
        if (conversation.Length == 0 || !session.Owns(conversation))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var response = http.Response;
        response.ContentType = WebChatEvents.ContentType;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var sent = new HashSet<string>(StringComparer.Ordinal);
        var aborted = http.RequestAborted;
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                var changed = outbox.ChangedAsync(session.UserId, conversation);
                foreach (var entry in await outbox.PendingAsync(session.UserId, conversation, aborted))
                {
                    if (sent.Add(entry.Id))
                    {
                        var json = JsonSerializer.Serialize(new { id = entry.Id, activities = entry.Activities }, ActivityJson.Options);
                        await response.WriteAsync($"event: nudge\ndata: {json}\n\n", aborted);
                    }
                }

                await response.WriteAsync(": waiting\n\n", aborted);
                await response.Body.FlushAsync(aborted);
                await Task.WhenAny(changed, Task.Delay(KeepAlive, aborted));
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The page closed: what it did not acknowledge waits for the next one.
        }

        return Results.Empty;
    }

    public static async Task<IResult> AcknowledgeAsync(HttpContext http, WebChatIdentity identity, WebChatOutbox outbox)
    {
        Acknowledgement? ack;
        try
        {
            ack = await JsonSerializer.DeserializeAsync<Acknowledgement>(http.Request.Body, ActivityJson.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        var session = await identity.ReadAsync(http.Request, http.RequestAborted);
        if (ack is not { Conversation.Length: > 0, Id.Length: > 0 } || !session.Owns(ack.Conversation))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        await outbox.RemoveAsync(session.UserId, ack.Conversation, ack.Id, http.RequestAborted);
        return Results.NoContent();
    }

    private sealed record Acknowledgement(string Conversation, string Id);
}
