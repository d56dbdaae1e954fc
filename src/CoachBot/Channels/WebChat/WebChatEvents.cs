using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.WebChat;

/// <summary>
/// The web chat's answer as server-sent events, for a page that asks for them (<c>Accept: text/event-stream</c>):
/// <c>preview</c> events while a draft is written (<c>{"text": piece}</c>, to append), then one <c>replies</c>
/// event with the turn's replies, sent after the turn's state is saved. Previews are only previews: the
/// final draft is in the replies.
/// </summary>
public sealed class WebChatEvents(HttpResponse response)
{
    public const string ContentType = "text/event-stream";

    public static bool Wanted(HttpRequest request) =>
        request.Headers.Accept.Any(accept => accept?.Contains(ContentType, StringComparison.OrdinalIgnoreCase) == true);


    public Task PreviewAsync(string piece, CancellationToken cancellationToken) =>
        WriteAsync("preview", JsonSerializer.Serialize(new { text = piece }), cancellationToken);

    public Task RepliesAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        WriteAsync("replies", JsonSerializer.Serialize(WebChatChannel.Render(replies), ActivityJson.Wire), cancellationToken);

    private async Task WriteAsync(string name, string json, CancellationToken cancellationToken)
    {
        // Started with the first event, so a turn that streams nothing can still set its headers (a new cookie).
        if (!response.HasStarted)
        {
            response.ContentType = ContentType;
            response.Headers.CacheControl = "no-store";
            // Proxies that buffer (nginx) would hold the previews back.
            response.Headers["X-Accel-Buffering"] = "no";
        }

        await response.WriteAsync($"event: {name}\ndata: {json}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>The web chat channel for one request that answers with events: a draft's stream becomes previews.</summary>
    public sealed class Channel(WebChatEvents events) : AnsweringChannel(WebChatEndpoint.ChannelId), IChannel
    {
        public bool PreviewsWhileCollecting => true;

        public IReplyStream OpenStream(ConversationReference to, Activity inbound) => new PreviewStream(events);
    }

    private sealed class PreviewStream(WebChatEvents events) : IReplyStream
    {
        public async Task AppendAsync(string text, CancellationToken cancellationToken)
        {
            try
            {
                await events.PreviewAsync(text, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException)
            {
                // A preview that cannot be written is only a preview: the replies still follow, or the page retries.
            }
        }

        // The final message goes with the replies, after the commit.
        public Task<bool> CompleteAsync(Activity final, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
