using System.Text;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Privacy;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.Slack;

/// <summary>
/// A draft shown while it is written: <c>chat.startStream</c> as a reply to the person's message, then
/// <c>chat.appendStream</c> with what came since (about 256 characters or one update interval at a time;
/// never retried, as appends are not idempotent), ended by <c>chat.stopStream</c> with the final message's
/// blocks. Where Slack refuses to stream (an older workspace, a plan without it), a
/// <c>chat.postMessage</c> updated by throttled <c>chat.update</c> calls shows the same. A failure only
/// ends the previews: the final message is then posted as usual.
/// </summary>
public sealed partial class SlackReplyStream(
    SlackApiClient api, Func<CancellationToken, Task<string>> token, ConversationReference to, string threadTs, SlackOptions settings, TimeProvider clock, ILogger logger)
    : IReplyStream
{
    /// <summary>What Slack's SDKs gather before one append.</summary>
    public const int AppendBuffer = 256;

    private readonly StringBuilder written = new();
    private readonly StringBuilder pending = new();
    private Mode mode = Mode.NotStarted;
    private string? ts;
    private DateTimeOffset lastSent;

    private enum Mode
    {
        NotStarted,
        Streaming,
        Updating,
        Failed,
    }

    public async Task AppendAsync(string text, CancellationToken cancellationToken)
    {
        written.Append(text);
        pending.Append(text);
        if (mode == Mode.Failed)
        {
            return;
        }

        try
        {
            if (mode == Mode.NotStarted)
            {
                await StartAsync(cancellationToken);
                return;
            }

            var due = clock.GetUtcNow() - lastSent >= settings.StreamUpdateInterval;
            if (mode == Mode.Streaming && (due || pending.Length >= AppendBuffer))
            {
                var delta = pending.ToString();
                pending.Clear();
                lastSent = clock.GetUtcNow();
                await api.CallAsync("chat.appendStream", await token(cancellationToken), Body(("ts", ts), ("markdown_text", delta)), cancellationToken);
            }
            else if (mode == Mode.Updating && due)
            {
                pending.Clear();
                lastSent = clock.GetUtcNow();
                await api.CallAsync("chat.update", await token(cancellationToken), Body(("ts", ts), ("text", SlackRendering.Escape(written.ToString()))), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The previews stop; the drafter goes on, and the final message is posted as usual.
            mode = Mode.Failed;
            LogPreviewFailed(ExceptionSummary.Of(exception));
        }
    }

    /// <summary>Never called by <see cref="SlackChannel"/>, which ends its streams with Block Kit (<see cref="FinishAsync"/>).</summary>
    public Task<bool> CompleteAsync(Activity final, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Ends the stream with the final message; false when it is to be posted as an ordinary one instead.</summary>
    public async Task<bool> FinishAsync(SlackMessage final, CancellationToken cancellationToken)
    {
        if (mode is Mode.NotStarted or Mode.Failed || ts is null)
        {
            return false;
        }

        try
        {
            var body = Body(("ts", ts));
            body["blocks"] = final.Blocks;
            if (mode == Mode.Streaming)
            {
                if (pending.Length > 0)
                {
                    body["markdown_text"] = pending.ToString();
                }

                await api.CallAsync("chat.stopStream", await token(cancellationToken), body, cancellationToken);
            }
            else
            {
                body["text"] = final.Text;
                await api.CallAsync("chat.update", await token(cancellationToken), body, cancellationToken);
            }

            return true;
        }
        catch (SlackApiException exception)
        {
            LogPreviewFailed(ExceptionSummary.Of(exception));
            return false;
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var bearer = await token(cancellationToken);
        var first = pending.ToString();
        pending.Clear();
        lastSent = clock.GetUtcNow();
        try
        {
            var started = await api.CallAsync("chat.startStream", bearer, Body(("thread_ts", threadTs), ("markdown_text", first)), cancellationToken);
            ts = SlackIds.Id(started, "ts");
            mode = ts is null ? Mode.Failed : Mode.Streaming;
        }
        catch (SlackApiException exception) when (!exception.Unreachable)
        {
            // No streaming here: one message, updated as the draft grows.
            LogStreamingRefused(exception.Error);
            var posted = await api.CallAsync("chat.postMessage", bearer, Body(("text", SlackRendering.Escape(first))), cancellationToken);
            ts = SlackIds.Id(posted, "ts");
            mode = ts is null ? Mode.Failed : Mode.Updating;
        }
    }

    private Dictionary<string, object?> Body(params (string Name, object? Value)[] fields)
    {
        var body = new Dictionary<string, object?> { ["channel"] = to.ConversationId };
        foreach (var (name, value) in fields)
        {
            body[name] = value;
        }

        return body;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack would not stream here ({Error}); showing the draft with chat.update instead.")]
    private partial void LogStreamingRefused(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Slack draft preview failed; the final message is posted as usual. {ExceptionSummary}")]
    private partial void LogPreviewFailed(string exceptionSummary);
}
