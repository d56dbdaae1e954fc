using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Privacy;

namespace CoachBot.Channels.Terminal;

/// <summary>
/// <c>dotnet run --project src/CoachBot -- chat</c>: the same coaching flow in a terminal, on the same
/// storage, so a conversation can be picked up again in a later run. Buttons become numbered options.
/// </summary>
public static class TerminalChat
{
    public const string ChannelId = "terminal";

    public static async Task RunAsync(IServiceProvider services, TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        var runner = services.GetRequiredService<TurnRunner>();
        // No display name: a login name is no signature for a draft.
        var user = new ChannelAccount { Id = $"terminal-{Environment.UserName}", Role = "user" };
        var conversation = new ConversationAccount { Id = $"terminal-{Environment.UserName}" };
        var zone = TimeZoneInfo.Local.Id;

        Activity Inbound(string type) => new()
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ChannelId,
            From = user,
            Recipient = new ChannelAccount { Id = "coachbot", Name = "CoachBot", Role = "bot" },
            Conversation = conversation,
            LocalTimezone = zone,
            LocalTimestamp = DateTimeOffset.Now,
            Timestamp = DateTimeOffset.UtcNow,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };

        await output.WriteLineAsync("CoachBot in your terminal. Type your answers; an empty line or Ctrl+D quits.");
        var greeting = Inbound(ActivityTypes.ConversationUpdate);
        greeting.MembersAdded = [user];
        await PrintAsync(output, await runner.RunAsync(greeting, Channel, cancellationToken));

        while (await input.ReadLineAsync(cancellationToken) is { Length: > 0 } line)
        {
            var message = Inbound(ActivityTypes.Message);
            message.Text = line;
            await PrintAsync(output, await runner.RunAsync(message, Channel, cancellationToken));
        }
    }

    private static async Task PrintAsync(TextWriter output, IReadOnlyList<Activity> replies)
    {
        foreach (var reply in replies.Where(reply => reply.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync($"\nCoachBot: {reply.Text}");
            foreach (var attachment in reply.Attachments ?? [])
            {
                if (attachment.ContentType == ReplyDialog.DraftContentType && attachment.Content is { } content
                    && content.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    await output.WriteLineAsync($"\n----- draft -----\n{text.GetString()}\n-----------------");
                }
                else if (attachment.ContentType == DataRights.ExportContentType && attachment.Content is { } document)
                {
                    await output.WriteLineAsync($"\n----- {attachment.Name} -----\n{JsonSerializer.Serialize(document, IndentedJson)}\n-----------------");
                }
            }

            var actions = reply.SuggestedActions?.Actions ?? [];
            for (var i = 0; i < actions.Count; i++)
            {
                await output.WriteLineAsync($"  [{i + 1}] {actions[i].Title}");
            }
        }

        await output.WriteAsync("\n> ");
    }

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private static readonly TerminalChannel Channel = new();
}
