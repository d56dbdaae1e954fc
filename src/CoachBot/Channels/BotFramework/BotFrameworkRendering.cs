using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Privacy;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// The dialogs' neutral output as Bot Framework clients (Teams, the Agents Playground, the Emulator) show
/// it: markdown with real line breaks and lists, choices as suggested actions (in Teams, longer lists than
/// three as an Adaptive Card whose buttons send the choice back as text), and a draft or a data export as an
/// Adaptive Card with a copyable block. No client ever receives an attachment type it cannot show.
/// </summary>
public static class BotFrameworkRendering
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const int MaxSuggestedActions = 3;

    private const string CardSchema = "http://adaptivecards.io/schemas/adaptive-card.json";
    private const string CardVersion = "1.5";

    /// <param name="longChoicesAsCard">Teams shows only a few suggested actions well, so longer lists become a card there.</param>
    public static Activity Render(Activity neutral, bool longChoicesAsCard)
    {
        // Most replies are one line with a few buttons: they go as they are, with no copy made.
        var text = neutral.Text is { } plain && plain.Contains('\n') ? Markdown(plain) : neutral.Text;
        var choiceCard = longChoicesAsCard && neutral.SuggestedActions is { Actions.Count: > MaxSuggestedActions };
        var cards = neutral.Attachments?.Any(attachment => attachment.ContentType is ReplyDialog.DraftContentType or DataRights.ExportContentType) == true;
        if (ReferenceEquals(text, neutral.Text) && !choiceCard && !cards)
        {
            return neutral;
        }

        var rendered = neutral.Clone();
        rendered.Text = text;
        var attachments = (neutral.Attachments ?? []).Select(RenderAttachment).ToList();
        if (choiceCard)
        {
            attachments.Add(ChoiceCard(neutral.SuggestedActions!.Actions.Select(action => action.Title ?? string.Empty)));
            rendered.SuggestedActions = null;
        }

        rendered.Attachments = attachments.Count > 0 ? attachments : null;
        return rendered;
    }

    /// <summary>
    /// Single line breaks collapse in markdown: lines become paragraphs, and "•" lines a list, which
    /// Teams and the Agents Playground both render.
    /// </summary>
    public static string Markdown(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var markdown = new StringBuilder(text.Length + 16);
        var inList = false;
        foreach (var line in lines)
        {
            // A blank line between paragraphs is the break each line gets anyway: kept, it would double it.
            if (string.IsNullOrWhiteSpace(line))
            {
                inList = false;
                continue;
            }

            var item = line.StartsWith("• ", StringComparison.Ordinal);
            if (markdown.Length > 0)
            {
                markdown.Append(item && inList ? "\n" : "\n\n");
            }

            markdown.Append(item ? $"- {line[2..]}" : line);
            inList = item;
        }

        return markdown.ToString();
    }

    private static Attachment RenderAttachment(Attachment attachment) => attachment.ContentType switch
    {
        ReplyDialog.DraftContentType when attachment.Content?.TryGetProperty("text", out var draft) == true =>
            CopyableCard("Your draft", draft.GetString() ?? string.Empty, "PlainText"),
        DataRights.ExportContentType when attachment.Content is { } document =>
            CopyableCard(attachment.Name ?? "Your data", JsonSerializer.Serialize(document, Indented), "Json"),
        _ => attachment,
    };

    /// <summary>
    /// A titled block with Teams' copy button (<c>CodeBlock</c>); clients without it show the same text as
    /// a wrapped text block, and clients without cards the fallback text.
    /// </summary>
    private static Attachment CopyableCard(string title, string text, string language) => Card(
        new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["weight"] = "Bolder" },
            new JsonObject
            {
                ["type"] = "CodeBlock",
                ["codeSnippet"] = text,
                ["language"] = language,
                // A text block joins single lines into one, as Markdown does: every line a paragraph of its own,
                // and the blank lines between paragraphs dropped, or each would be a second break.
                ["fallback"] = new JsonObject { ["type"] = "TextBlock", ["text"] = string.Join("\n\n", text.ReplaceLineEndings("\n").Split('\n').Where(line => !string.IsNullOrWhiteSpace(line))), ["wrap"] = true, ["fontType"] = "Monospace" },
            },
        },
        actions: null,
        fallbackText: title);

    /// <summary>The buttons send the choice as an ordinary message, so clicking and typing reach the same prompt.</summary>
    private static Attachment ChoiceCard(IEnumerable<string> choices)
    {
        var actions = new JsonArray();
        foreach (var choice in choices)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = choice,
                ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = choice }, [SubmittedChoice] = choice },
            });
        }

        return Card(body: [], actions, fallbackText: string.Join(" | ", choices));
    }

    /// <summary>The field of a card's submitted value that carries the choice, for clients that send the value rather than the text.</summary>
    public const string SubmittedChoice = "choice";

    private static Attachment Card(JsonArray body, JsonArray? actions, string fallbackText)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = CardSchema,
            ["version"] = CardVersion,
            ["body"] = body,
            ["fallbackText"] = fallbackText,
        };
        if (actions is not null)
        {
            card["actions"] = actions;
        }

        return new Attachment { ContentType = AdaptiveCardContentType, Content = JsonSerializer.SerializeToElement(card) };
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
