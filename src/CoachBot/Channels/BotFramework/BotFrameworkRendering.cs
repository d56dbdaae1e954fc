using System.Buffers;
using System.Text;
using System.Text.Json;
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
            attachments.Add(ChoiceCard([.. neutral.SuggestedActions!.Actions.Select(action => action.Title ?? string.Empty)]));
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
    private static Attachment CopyableCard(string title, string text, string language)
    {
        var writer = StartCard();
        writer.WriteStartArray("body");
        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", title);
        writer.WriteString("weight", "Bolder");
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "CodeBlock");
        writer.WriteString("codeSnippet", text);
        writer.WriteString("language", language);
        // A text block joins single lines into one, as Markdown does: every line a paragraph of its own,
        // and the blank lines between paragraphs dropped, or each would be a second break.
        writer.WriteStartObject("fallback");
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", string.Join("\n\n", text.ReplaceLineEndings("\n").Split('\n').Where(line => !string.IsNullOrWhiteSpace(line))));
        writer.WriteBoolean("wrap", true);
        writer.WriteString("fontType", "Monospace");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("fallbackText", title);
        return EndCard(writer);
    }

    /// <summary>The buttons send the choice as an ordinary message, so clicking and typing reach the same prompt.</summary>
    private static Attachment ChoiceCard(IReadOnlyList<string> choices)
    {
        var writer = StartCard();
        writer.WriteStartArray("body");
        writer.WriteEndArray();
        writer.WriteString("fallbackText", string.Join(" | ", choices));
        writer.WriteStartArray("actions");
        foreach (var choice in choices)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Action.Submit");
            writer.WriteString("title", choice);
            writer.WriteStartObject("data");
            writer.WriteStartObject("msteams");
            writer.WriteString("type", "imBack");
            writer.WriteString("value", choice);
            writer.WriteEndObject();
            writer.WriteString(SubmittedChoice, choice);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        return EndCard(writer);
    }

    /// <summary>The field of a card's submitted value that carries the choice, for clients that send the value rather than the text.</summary>
    public const string SubmittedChoice = "choice";

    // A card is written straight as JSON, escaped as the serializer escapes (no node tree built to be
    // serialized once), into this thread's buffer; the element made from it is a copy of its own.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? cardBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? cardWriter;

    /// <summary>A card's writer, inside the card's object with its type, schema and version written; <see cref="EndCard"/> ends it.</summary>
    private static Utf8JsonWriter StartCard()
    {
        var buffer = cardBuffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = cardWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteString("type", "AdaptiveCard");
        writer.WriteString("$schema", CardSchema);
        writer.WriteString("version", CardVersion);
        return writer;
    }

    private static Attachment EndCard(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.Flush();
        var buffer = cardBuffer!;
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        var card = JsonElement.ParseValue(ref reader);
        // A draft's words are not left behind in the buffer; one grown for a large export is let go.
        buffer.Clear();
        if (buffer.Capacity > 64 * 1024)
        {
            cardBuffer = null;
            cardWriter = null;
        }

        return new Attachment { ContentType = AdaptiveCardContentType, Content = card };
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
