using System.Net;
using System.Text;
using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// Teams' reply stream in a personal chat: the first text opens the stream (its id comes back), the
/// growing text follows as <c>typing</c> updates at most once a second, each waiting for the one before,
/// and the final message closes it. Where streaming is not enabled, or the person stopped it, the
/// remaining text is kept and the final message goes as an ordinary one.
/// </summary>
public sealed class TeamsReplyStream(ConnectorClient connector, ConversationReference to, Activity inbound, TimeProvider clock) : IReplyStream
{
    public const string StreamInfo = "streaminfo";
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(1);

    private readonly StringBuilder text = new();
    private string? streamId;
    private int sequence;
    private DateTimeOffset lastSentAt;
    private bool stopped;

    public async Task AppendAsync(string piece, CancellationToken cancellationToken)
    {
        text.Append(piece);
        if (stopped || text.Length == 0 || (streamId is not null && clock.GetUtcNow() - lastSentAt < MinimumInterval))
        {
            return;
        }

        await SendUpdateAsync(cancellationToken);
    }

    public async Task<bool> CompleteAsync(Activity final, CancellationToken cancellationToken)
    {
        if (stopped || streamId is null)
        {
            return false;
        }

        final.Entities = [.. final.Entities ?? [], Info(streamType: "final", sequenceNumber: null)];
        try
        {
            await connector.SendAsync(ServiceUrl, final, cancellationToken);
            return true;
        }
        catch (ConnectorException)
        {
            // The stream is gone (stopped, timed out): the final message goes as an ordinary one.
            final.Entities.RemoveAt(final.Entities.Count - 1);
            return false;
        }
    }

    private async Task SendUpdateAsync(CancellationToken cancellationToken)
    {
        var update = inbound.CreateReply(text.ToString());
        update.Type = ActivityTypes.Typing;
        update.Entities = [Info(streamType: "streaming", sequenceNumber: ++sequence)];
        try
        {
            var id = await connector.SendAsync(ServiceUrl, update, cancellationToken);
            streamId ??= id;
            lastSentAt = clock.GetUtcNow();
            // A channel that answers without an id has no stream to continue.
            stopped = streamId is null;
        }
        catch (ConnectorException exception) when (exception.Status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed)
        {
            // 403: the person pressed stop, or the stream ended; 400/405: streaming is not enabled here.
            stopped = true;
        }
    }

    private Entity Info(string streamType, int? sequenceNumber)
    {
        var properties = new Dictionary<string, JsonElement> { ["streamType"] = JsonSerializer.SerializeToElement(streamType) };
        if (sequenceNumber is { } number)
        {
            properties["streamSequence"] = JsonSerializer.SerializeToElement(number);
        }

        if (streamId is not null)
        {
            properties["streamId"] = JsonSerializer.SerializeToElement(streamId);
        }

        return new Entity { Type = StreamInfo, Properties = properties };
    }

    private string ServiceUrl => to.ServiceUrl ?? throw new InvalidOperationException("The conversation has no serviceUrl.");
}
