using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Coaching;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Slack;

/// <summary>
/// Slack's three request URLs: <c>/api/slack/events</c> (Events API), <c>/api/slack/interactions</c>
/// (buttons and the edit modal) and <c>/api/slack/commands</c> (<c>/coach</c>). Each is verified first
/// (<see cref="SlackRequest"/>), answered within Slack's 3 seconds whatever the Web API does, and its turn
/// runs after the acknowledgement (<see cref="SlackInbox"/>).
/// </summary>
public static partial class SlackEndpoints
{
    public const string EventsRoute = "/api/slack/events";
    public const string InteractionsRoute = "/api/slack/interactions";
    public const string CommandsRoute = "/api/slack/commands";

    /// <summary>Said in reply to <c>/coach start</c>, where the command was typed; the coaching itself goes on in the DM.</summary>
    public const string StartedInDirectMessage = "I've written to you in our direct messages: let's talk it through there.";
    public const string EmptyDraft = "Write your reply here first.";

    public static async Task<IResult> EventsAsync(
        HttpContext http, SlackInbox inbox, SlackEventLog events, SlackInstallations installations,
        IOptions<SlackOptions> slack, IOptions<CoachBotOptions> options, TimeProvider clock, ILogger<SlackChannel> logger)
    {
        var (body, error) = await SlackRequest.ReadSignedAsync(http, slack.Value, options.Value, clock, logger);
        if (body is null)
        {
            return error!;
        }

        if (!http.Request.HasJsonContentType() || Parse(body) is not { ValueKind: JsonValueKind.Object } envelope)
        {
            return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "The body is not a Slack event.").Error;
        }

        switch (SlackIds.Text(envelope, "type"))
        {
            case "url_verification" when SlackIds.Text(envelope, "challenge") is { Length: > 0 and <= 200 } challenge:
                return Results.Json(new { challenge });
            case "event_callback":
                break;
            default:
                return Results.Ok();
        }

        var appId = SlackIds.Id(envelope, "api_app_id");
        var teamId = SlackIds.Id(envelope, "team_id");
        var eventId = SlackIds.Id(envelope, "event_id");
        var payload = SlackIds.Object(envelope, "event");
        if (appId is null || teamId is null || eventId is null || payload.ValueKind != JsonValueKind.Object)
        {
            return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "An event needs api_app_id, team_id, event_id and an event.").Error;
        }

        var enterpriseId = SlackIds.Id(envelope, "enterprise_id");
        var botUserId = BotUserOf(envelope);
        var type = SlackIds.Text(payload, "type");
        var removal = type == "app_uninstalled" || (type == "tokens_revoked" && RevokesBotTokens(payload));
        SlackInbound? inbound = null;
        if (!removal)
        {
            if (IsFromABot(payload, botUserId))
            {
                // The bot's own messages, other bots' and edits, joins and the like: nothing to answer, nothing stored.
                return Results.Ok();
            }

            var userId = SlackIds.Id(payload, "user");
            var channel = SlackIds.Id(payload, "channel");
            inbound = type switch
            {
                "message" when SlackIds.Text(payload, "channel_type") == "im" && userId is not null && channel is not null =>
                    new SlackInbound(eventId, teamId, userId, channel) { Text = SlackIds.Text(payload, "text") ?? string.Empty, BotUserId = botUserId, Ts = SlackIds.Id(payload, "ts") },
                "app_mention" when userId is not null && channel is not null =>
                    new SlackInbound(eventId, teamId, userId, channel) { Text = WithoutMentionOf(SlackIds.Text(payload, "text"), botUserId), BotUserId = botUserId, Shared = !channel.StartsWith('D') },
                "app_home_opened" when userId is not null =>
                    new SlackInbound(eventId, teamId, userId, channel) { EventName = SlackChannel.JoinedEvent, BotUserId = botUserId, FirstTimeOnly = true },
                _ => null,
            };
            if (inbound is null)
            {
                return type is "message" or "app_mention" or "app_home_opened" && (userId is null || (type != "app_home_opened" && channel is null))
                    ? SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "The event lacks its user or channel.").Error
                    : Results.Ok();
            }
        }

        // After everything that could refuse it: only an event that is taken in is remembered.
        if (!await events.TryTakeInAsync(appId, teamId, eventId, http.RequestAborted))
        {
            return Results.Ok();
        }

        if (removal)
        {
            await installations.RemoveAsync(teamId, enterpriseId, http.RequestAborted);
        }
        else if (!inbox.Start(inbound!))
        {
            events.Forget(appId, teamId, eventId);
            return TurnRefusals.Busy(http, logger);
        }

        inbox.RunAfterAcknowledging("event log", cancellationToken => events.RememberAsync(appId, teamId, eventId, cancellationToken));
        return Results.Ok();
    }

    public static async Task<IResult> InteractionsAsync(
        HttpContext http, SlackInbox inbox, SlackChannel channel, SlackApiClient api,
        IOptions<SlackOptions> slack, IOptions<CoachBotOptions> options, TimeProvider clock, ILogger<SlackChannel> logger)
    {
        var (body, error) = await SlackRequest.ReadSignedAsync(http, slack.Value, options.Value, clock, logger);
        if (body is null)
        {
            return error!;
        }

        if (SlackRequest.Form(http, body) is not { } form || !form.TryGetValue("payload", out var json)
            || Parse(System.Text.Encoding.UTF8.GetBytes(json)) is not { ValueKind: JsonValueKind.Object } payload)
        {
            return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "The body is not a Slack interaction.").Error;
        }

        var teamId = SlackIds.Id(SlackIds.Object(payload, "team"), "id");
        var userId = SlackIds.Id(SlackIds.Object(payload, "user"), "id");
        if (teamId is null || userId is null)
        {
            return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "An interaction needs its team and user.").Error;
        }

        return SlackIds.Text(payload, "type") switch
        {
            "block_actions" => Clicked(http, payload, teamId, userId, inbox, channel, api, logger),
            "view_submission" when SlackIds.Text(SlackIds.Object(payload, "view"), "callback_id") == SlackRendering.EditDraftCallback =>
                EditSubmitted(http, payload, teamId, userId, inbox, channel, api, logger),
            _ => Results.Ok(),
        };
    }

    public static async Task<IResult> CommandsAsync(
        HttpContext http, SlackInbox inbox, IOptions<SlackOptions> slack, IOptions<CoachBotOptions> options, TimeProvider clock, ILogger<SlackChannel> logger)
    {
        var (body, error) = await SlackRequest.ReadSignedAsync(http, slack.Value, options.Value, clock, logger);
        if (body is null)
        {
            return error!;
        }

        if (SlackRequest.Form(http, body) is not { } form)
        {
            return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "The body is not a Slack command.").Error;
        }

        if (form.GetValueOrDefault("ssl_check") == "1")
        {
            return Results.Ok();
        }

        var teamId = form.GetValueOrDefault("team_id");
        var userId = form.GetValueOrDefault("user_id");
        var triggerId = form.GetValueOrDefault("trigger_id");
        if (!SlackIds.IsSafe(teamId) || !SlackIds.IsSafe(userId) || !SlackIds.IsSafe(triggerId)
            || !Uri.TryCreate(form.GetValueOrDefault("response_url"), UriKind.Absolute, out var responseUrl) || !MayRespondTo(responseUrl, slack.Value))
        {
            return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "A command needs team_id, user_id, trigger_id and Slack's response_url.").Error;
        }

        var typed = Whitespace().Replace(form.GetValueOrDefault("text") ?? string.Empty, " ").Trim();
        var start = typed.Equals("start", StringComparison.OrdinalIgnoreCase);
        var inbound = new SlackInbound($"command-{triggerId}", teamId!, userId!, null)
        {
            // "/coach" alone asks for help; "/coach start" opens the DM as a person arriving there (the welcome, then
            // the question the coaching is on); anything else is said as typed, and answered where it was typed.
            Text = start ? null : typed.Length == 0 ? "help" : typed,
            EventName = start ? SlackChannel.JoinedEvent : null,
            ResponseUrl = start ? null : responseUrl,
        };
        if (!inbox.Start(inbound))
        {
            return TurnRefusals.Busy(http, logger);
        }

        return start ? Results.Json(new { response_type = "ephemeral", text = StartedInDirectMessage }) : Results.Ok();
    }

    /// <summary>A choice clicked: said as if typed, and the clicked message updated to show it, without its buttons; or Edit: the modal.</summary>
    private static IResult Clicked(HttpContext http, JsonElement payload, string teamId, string userId, SlackInbox inbox, SlackChannel channel, SlackApiClient api, ILogger logger)
    {
        var container = SlackIds.Object(payload, "container");
        var conversation = SlackIds.Id(SlackIds.Object(payload, "channel"), "id") ?? SlackIds.Id(container, "channel_id");
        var action = payload.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array && actions.GetArrayLength() > 0 ? actions[0] : default;
        var actionId = SlackIds.Text(action, "action_id");
        var value = SlackIds.Text(action, "value");
        if (conversation is null || actionId is null || value is null)
        {
            return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "A click needs its channel and action.").Error;
        }

        var messageTs = SlackIds.Id(container, "message_ts");
        var reference = new Conversations.Turns.ConversationReference { ChannelId = SlackChannel.Id, ConversationId = conversation, UserId = userId, TenantId = teamId };
        if (actionId == SlackRendering.EditDraftAction)
        {
            if (SlackIds.Text(payload, "trigger_id") is not { Length: > 0 and <= 200 } triggerId)
            {
                return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "Edit needs a trigger_id.").Error;
            }

            // Opened now, outside the conversation's line: a trigger_id is good for 3 seconds only.
            var metadata = JsonSerializer.Serialize(new EditTarget(conversation, messageTs, QuestionOf(SlackIds.Object(payload, "message"))), SlackJson.Options);
            inbox.RunAfterAcknowledging("views.open", async cancellationToken =>
                await api.CallAsync("views.open", await channel.TokenAsync(reference, cancellationToken),
                    new Dictionary<string, object?> { ["trigger_id"] = triggerId, ["view"] = SlackRendering.EditModal(value, metadata) }, cancellationToken));
            return Results.Ok();
        }

        if (!actionId.StartsWith(SlackRendering.ChoiceActionPrefix, StringComparison.Ordinal))
        {
            return Results.Ok();
        }

        var clickId = SlackIds.Id(action, "action_ts") ?? SlackIds.Text(payload, "trigger_id");
        if (!inbox.Start(new SlackInbound($"click-{userId}-{clickId}", teamId, userId, conversation) { Text = value, Shared = !conversation.StartsWith('D'), Ts = messageTs }))
        {
            return TurnRefusals.Busy(http, logger);
        }

        if (SlackIds.Text(container, "type") == "message" && messageTs is not null && SlackIds.Object(payload, "message") is { ValueKind: JsonValueKind.Object } message
            && message.TryGetProperty("blocks", out var blocks))
        {
            var updated = SlackRendering.AfterChoice(blocks, value);
            var text = SlackIds.Text(message, "text") ?? value;
            inbox.RunAfterAcknowledging("chat.update", async cancellationToken =>
                await api.CallAsync("chat.update", await channel.TokenAsync(reference, cancellationToken),
                    new Dictionary<string, object?> { ["channel"] = conversation, ["ts"] = messageTs, ["text"] = text, ["blocks"] = updated }, cancellationToken));
        }

        return Results.Ok();
    }

    /// <summary>
    /// The edited draft: said as the person's own reply ("check my own reply", then the text, the first
    /// turn's question not shown), so the coaching checks it and goes on from there; the modal closes.
    /// </summary>
    private static IResult EditSubmitted(HttpContext http, JsonElement payload, string teamId, string userId, SlackInbox inbox, SlackChannel channel, SlackApiClient api, ILogger logger)
    {
        var view = SlackIds.Object(payload, "view");
        var edited = SlackIds.Text(SlackIds.Object(SlackIds.Object(SlackIds.Object(SlackIds.Object(view, "state"), "values"), SlackRendering.DraftBlock), SlackRendering.DraftInput), "value");
        var viewId = SlackIds.Id(view, "id");
        EditTarget? target;
        try
        {
            target = JsonSerializer.Deserialize<EditTarget>(SlackIds.Text(view, "private_metadata") ?? "null", SlackJson.Options);
        }
        catch (JsonException)
        {
            target = null;
        }

        if (viewId is null || target is null || !SlackIds.IsSafe(target.Channel) || !target.Channel.StartsWith('D') || (target.Ts is not null && !SlackIds.IsSafe(target.Ts)))
        {
            return SlackRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, "The edit modal's submission is not one CoachBot opened.").Error;
        }

        if (string.IsNullOrWhiteSpace(edited))
        {
            return Results.Json(new { response_action = "errors", errors = new Dictionary<string, string> { [SlackRendering.DraftBlock] = EmptyDraft } });
        }

        if (!inbox.Start(
            new SlackInbound($"edit-{viewId}-check", teamId, userId, target.Channel) { Text = ReplyDialog.CheckMine, Quiet = true },
            new SlackInbound($"edit-{viewId}-text", teamId, userId, target.Channel) { Text = edited }))
        {
            return TurnRefusals.Busy(http, logger);
        }

        if (target.Ts is { } ts)
        {
            // The revision question loses its buttons, as after any choice.
            var reference = new Conversations.Turns.ConversationReference { ChannelId = SlackChannel.Id, ConversationId = target.Channel, UserId = userId, TenantId = teamId };
            var question = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackRendering.Escape(target.Question ?? ReplyDialog.RevisePrompt), ["verbatim"] = true } });
            var updated = SlackRendering.AfterChoice(JsonSerializer.SerializeToElement(question), SlackRendering.EditLabel);
            inbox.RunAfterAcknowledging("chat.update", async cancellationToken =>
                await api.CallAsync("chat.update", await channel.TokenAsync(reference, cancellationToken),
                    new Dictionary<string, object?> { ["channel"] = target.Channel, ["ts"] = ts, ["text"] = target.Question ?? ReplyDialog.RevisePrompt, ["blocks"] = updated }, cancellationToken));
        }

        return Results.Ok();
    }

    /// <summary>Where an edited draft goes, kept in the modal's <c>private_metadata</c>: the DM, and the question it came from.</summary>
    private sealed record EditTarget(string Channel, string? Ts, string? Question);

    private static string? QuestionOf(JsonElement message) =>
        SlackIds.Text(message, "text") is { Length: > 0 } text ? text[..Math.Min(text.Length, 1000)] : null;

    private static JsonElement? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The bot user of the app in this workspace, as the envelope's authorizations say.</summary>
    private static string? BotUserOf(JsonElement envelope)
    {
        if (envelope.TryGetProperty("authorizations", out var authorizations) && authorizations.ValueKind == JsonValueKind.Array)
        {
            foreach (var authorization in authorizations.EnumerateArray())
            {
                if (authorization.ValueKind == JsonValueKind.Object && authorization.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True)
                {
                    return SlackIds.Id(authorization, "user_id");
                }
            }
        }

        return null;
    }

    /// <summary>A bot's message (ours or another's, <c>bot_id</c>), one by the bot's user, or a message subtype (edits, joins, …).</summary>
    private static bool IsFromABot(JsonElement payload, string? botUserId) =>
        payload.TryGetProperty("bot_id", out var botId) && botId.ValueKind != JsonValueKind.Null
        || payload.TryGetProperty("subtype", out var subtype) && subtype.ValueKind != JsonValueKind.Null
        || (botUserId is not null && SlackIds.Text(payload, "user") == botUserId);

    private static bool RevokesBotTokens(JsonElement payload) =>
        SlackIds.Object(payload, "tokens").TryGetProperty("bot", out var bots) && bots.ValueKind == JsonValueKind.Array && bots.GetArrayLength() > 0;

    /// <summary>The text of an app mention without the bot's own <c>&lt;@U…&gt;</c>.</summary>
    private static string WithoutMentionOf(string? text, string? botUserId)
    {
        text ??= string.Empty;
        text = botUserId is null ? Mentions().Replace(text, " ", 1) : text.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal);
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Slack's own response URLs only (or the configured Web API's host, for a proxy or a test): never an address a request names.</summary>
    private static bool MayRespondTo(Uri url, SlackOptions slack) =>
        (url.Scheme == Uri.UriSchemeHttps && url.Host == "hooks.slack.com")
        || (url.Scheme == slack.ApiBaseUrl.Scheme && url.Authority == slack.ApiBaseUrl.Authority);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex Mentions();
}
