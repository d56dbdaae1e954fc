using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Privacy;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.Slack;

/// <summary>
/// Something a person did in Slack that becomes a turn: a message (typed, clicked or edited), a slash
/// command, or opening the app. <see cref="Channel"/> null: the person's DM, opened if need be.
/// </summary>
public sealed record SlackInbound(string Id, string TeamId, string UserId, string? Channel)
{
    public string? Text { get; init; }
    public string? EventName { get; init; }
    public bool Shared { get; init; }
    public string? BotUserId { get; init; }
    public string? Ts { get; init; }
    public Uri? ResponseUrl { get; init; }
    public bool Quiet { get; init; }

    /// <summary>An event said only to a person the bot has not talked with yet (App Home opened).</summary>
    public bool FirstTimeOnly { get; init; }
}

/// <summary>
/// Hands Slack's events to the front door (<see cref="TurnRunner.TryStart"/>) after the request is
/// acknowledged, in the order each person's arrived: what Slack does not send with an event (the
/// person's time zone and name from <c>users.info</c>, their DM channel for a slash command) is looked
/// up first, once, without holding up the acknowledgement; once known, a person's events start at once.
/// Background work is tracked with the turns, so shutdown waits for it.
/// </summary>
public sealed partial class SlackInbox(
    TurnRunner runner, SlackChannel channel, SlackPeople people, BackgroundTurns background, IStorage storage, TimeProvider clock, ILogger<SlackInbox> logger)
{
    private readonly Lock sync = new();
    private readonly Dictionary<(string Team, string User), Task> lines = [];

    /// <returns>False when the front door is full (answer 503 so Slack retries); true when started or queued behind the person's earlier events.</returns>
    public bool Start(params IReadOnlyList<SlackInbound> inbound)
    {
        var key = (inbound[0].TeamId, inbound[0].UserId);
        lock (sync)
        {
            if (!lines.ContainsKey(key) && inbound.All(IsReady))
            {
                foreach (var item in inbound)
                {
                    if (!runner.TryStart(ToActivity(item, item.Channel ?? people.KnownDirectMessage(item.TeamId, item.UserId)!, people.Known(item.TeamId, item.UserId)), channel))
                    {
                        return false;
                    }
                }

                return true;
            }

            var next = StartAfterAsync(lines.GetValueOrDefault(key) ?? Task.CompletedTask, inbound);
            lines[key] = next;
            background.Track(next, () =>
            {
                lock (sync)
                {
                    if (lines.TryGetValue(key, out var last) && last == next)
                    {
                        lines.Remove(key);
                    }
                }
            });
            return true;
        }
    }

    /// <summary>Work after the acknowledgement that is not a turn (updating a clicked message, opening a modal), tracked like one.</summary>
    public void RunAfterAcknowledging(string what, Func<CancellationToken, Task> work)
    {
        background.Track(RunAsync(), () => { });

        async Task RunAsync()
        {
            await Task.Yield();
            try
            {
                await work(background.Abandoned);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !background.Abandoned.IsCancellationRequested)
            {
                LogWorkFailed(what, ExceptionSummary.Of(exception));
            }
        }
    }

    private bool IsReady(SlackInbound item) =>
        item.EventName is null
        && (item.Channel is not null || people.KnownDirectMessage(item.TeamId, item.UserId) is not null)
        && (item.Shared || people.Known(item.TeamId, item.UserId) is not null);

    private async Task StartAfterAsync(Task previous, IReadOnlyList<SlackInbound> inbound)
    {
        await previous.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await Task.Yield();
        var cancellationToken = background.Abandoned;
        foreach (var item in inbound)
        {
            try
            {
                var conversation = item.Channel ?? people.KnownDirectMessage(item.TeamId, item.UserId);
                if (conversation is null)
                {
                    conversation = await channel.OpenDirectMessageAsync(item.TeamId, item.UserId, cancellationToken);
                    people.RememberDirectMessage(item.TeamId, item.UserId, conversation);
                }

                var person = item.Shared ? null : people.Known(item.TeamId, item.UserId) ?? await people.LookUpAsync(item.TeamId, item.UserId, cancellationToken);
                var activity = ToActivity(item, conversation, person);
                if (item.FirstTimeOnly && await storage.ReadAsync(channel.ReferenceOf(activity).StateKey, cancellationToken) is not null)
                {
                    // App Home opened again: the welcome was said the first time.
                    continue;
                }

                if (!runner.TryStart(activity, channel))
                {
                    LogBusy(item.TeamId);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogStartFailed(item.TeamId, ExceptionSummary.Of(exception));
            }
        }
    }

    private Activity ToActivity(SlackInbound item, string conversation, SlackPeople.Person? person) => new()
    {
        Type = item.EventName is null ? ActivityTypes.Message : ActivityTypes.Event,
        Name = item.EventName,
        Id = item.Id,
        Timestamp = clock.GetUtcNow(),
        ChannelId = SlackChannel.Id,
        Text = item.Text,
        From = new ChannelAccount { Id = item.UserId, Name = person?.Name, Role = "user" },
        Recipient = new ChannelAccount { Id = item.BotUserId, Role = "bot" },
        Conversation = new ConversationAccount
        {
            Id = conversation,
            TenantId = item.TeamId,
            ConversationType = item.Shared ? ConversationTypes.Channel : ConversationTypes.Personal,
            IsGroup = item.Shared ? true : null,
        },
        // As Teams delivers it, so the coaching reads the time zone in one place.
        LocalTimezone = person?.TimeZone,
        ChannelData = new SlackTurn(item.Ts, item.ResponseUrl, item.Quiet).ToJson(),
        DeliveryMode = DeliveryModes.Normal,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Slack event from workspace {TeamId} was acknowledged but the house was full; it was not run.")]
    private partial void LogBusy(string teamId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Slack event from workspace {TeamId} could not be started. {ExceptionSummary}")]
    private partial void LogStartFailed(string teamId, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work after the acknowledgement failed: {What}. {ExceptionSummary}")]
    private partial void LogWorkFailed(string what, string exceptionSummary);
}
