using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.Terminal;

/// <summary>
/// <c>dotnet run --project src/CoachBot -- chat</c>: the same coaching flow in a terminal, on the same
/// storage, so a conversation can be picked up again in a later run, with a recap of where it stood
/// (<see cref="ResumeRecap"/>). Buttons become numbered options; how messages are read (a pasted e-mail
/// whole, blank lines kept, "quit" or Ctrl+D to leave) is <see cref="TerminalInput"/>.
/// </summary>
public static class TerminalChat
{
    public const string ChannelId = "terminal";

    /// <param name="width">Columns to wrap words at (the terminal's width); 0 leaves lines as they are.</param>
    public static async Task RunAsync(IServiceProvider services, TextReader input, TextWriter output, int width = 0, CancellationToken cancellationToken = default)
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

        await output.WriteLineAsync(Wrap(Banner, width));
        var greeting = Inbound(ActivityTypes.ConversationUpdate);
        greeting.MembersAdded = [user];
        // Said before the question the bot asks again, so it does not come out of nowhere.
        var recap = await ActivatorUtilities.CreateInstance<ResumeRecap>(services).ForAsync(ConversationReference.From(greeting), cancellationToken);
        await PrintAsync(output, (await runner.AnswerAsync(greeting, Channel, cancellationToken)).Neutral, width, recap);

        var reading = new TerminalInput(input);
        while (await reading.ReadMessageAsync(hint => output.WriteLineAsync(Wrap(hint, width)), cancellationToken) is { } text)
        {
            var message = Inbound(ActivityTypes.Message);
            message.Text = text;
            await PrintAsync(output, (await runner.AnswerAsync(message, Channel, cancellationToken)).Neutral, width);
        }

        await output.WriteLineAsync($"\n{Wrap(Goodbye, width)}");
    }

    /// <summary>How to send, paste and quit: the reading rules of <see cref="TerminalInput"/>.</summary>
    public const string Banner = "CoachBot in your terminal. Press Enter to send a line. To paste an e-mail or write several lines, paste it (or start with a line of \"\"\") and end with a line holding just a full stop (.). Type quit, or press Ctrl+D, to leave: we'll pick up here next time.";

    public const string Goodbye = "Bye for now. Everything is saved: run chat again to pick up where we left off.";

    /// <param name="beforeQuestion">Printed just before the first reply that asks something (or after the last).</param>
    private static async Task PrintAsync(TextWriter output, IReadOnlyList<Reply> replies, int width, string? beforeQuestion = null)
    {
        foreach (var reply in replies)
        {
            if (beforeQuestion is not null && reply.Message.ExpectsAnswer)
            {
                await output.WriteLineAsync($"\n{Wrap($"CoachBot: {beforeQuestion}", width)}");
                beforeQuestion = null;
            }

            await output.WriteLineAsync($"\n{Render(reply.Message, width)}");
        }

        if (beforeQuestion is not null)
        {
            await output.WriteLineAsync($"\n{Wrap($"CoachBot: {beforeQuestion}", width)}");
        }

        await output.WriteAsync("\n> ");
    }

    /// <summary>A neutral reply as the terminal shows it: text, a list's items, a framed draft or file, choices as numbered lines to type.</summary>
    public static string Render(OutboundReply reply, int width = 0)
    {
        var shown = new System.Text.StringBuilder(Wrap($"CoachBot: {reply.Text}", width));
        switch (reply)
        {
            case ListReply list:
                foreach (var item in list.Items)
                {
                    shown.Append('\n').Append(Wrap(ActivityReplies.ListItemLead + item, width));
                }

                break;
            case DraftReply draft:
                shown.Append($"\n\n----- draft -----\n{(draft.Subject is null ? string.Empty : $"Subject: {draft.Subject}\n")}{Wrap(draft.Draft, width)}\n-----------------");
                break;
            case FileReply file:
                shown.Append($"\n\n----- {file.FileName} -----\n{JsonSerializer.Serialize(file.Content, IndentedJson)}\n-----------------");
                break;
            case ChoicesReply choices:
                for (var i = 0; i < choices.Choices.Count; i++)
                {
                    shown.Append('\n').Append(Wrap($"  [{i + 1}] {choices.Choices[i]}", width));
                }

                break;
        }

        return shown.ToString();
    }

    /// <summary>Breaks each line at spaces so that none is wider than <paramref name="width"/>; a longer word gets a line of its own.</summary>
    public static string Wrap(string text, int width)
    {
        if (width <= 0)
        {
            return text;
        }

        var wrapped = new System.Text.StringBuilder(text.Length + 16);
        foreach (var line in text.Split('\n'))
        {
            if (wrapped.Length > 0)
            {
                wrapped.Append('\n');
            }

            var column = 0;
            foreach (var word in line.Split(' '))
            {
                if (column > 0 && column + 1 + word.Length > width)
                {
                    wrapped.Append('\n');
                    column = 0;
                }
                else if (column > 0)
                {
                    wrapped.Append(' ');
                    column++;
                }

                wrapped.Append(word);
                column += word.Length;
            }
        }

        return wrapped.ToString();
    }

    /// <summary>The terminal's width, when output goes to one; 0 (no wrapping) when it is redirected.</summary>
    public static int ConsoleWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 0 : Math.Max(20, Console.WindowWidth - 1);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private static readonly TerminalChannel Channel = new();
}
