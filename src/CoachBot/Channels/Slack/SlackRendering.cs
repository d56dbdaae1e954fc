using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.Slack;

/// <summary>One Slack message: its <c>text</c> fallback (notifications, screen readers) and its Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    public Dictionary<string, object?> ToBody(string channel) => new() { ["channel"] = channel, ["text"] = Text, ["blocks"] = Blocks };
}

/// <summary>
/// The neutral replies in Block Kit, within its limits (≤ 50 blocks a message, section text ≤ 3,000
/// characters, button text ≤ 75 and value ≤ 2,000), with mrkdwn escaped and a <c>text</c> fallback on every
/// message: choices as buttons, a draft in a preformatted block that copies cleanly (with an Edit button
/// while it can still be changed), a list as bullet lines, the export as a snippet.
/// </summary>
public static class SlackRendering
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxButtonText = 75;
    public const int MaxButtonValue = 2000;
    public const int MaxButtonsPerBlock = 25;
    public const int MaxFallbackText = 40_000;
    public const int MaxDraftInput = 3000;

    /// <summary>A choice button's action id: <c>choice-{n}</c>; its value is the choice as the person would type it.</summary>
    public const string ChoiceActionPrefix = "choice-";
    public const string EditDraftAction = "edit_draft";
    public const string EditDraftCallback = "edit_draft";
    public const string DraftBlock = "draft";
    public const string DraftInput = "draft_text";
    public const string EditLabel = "Edit";
    public const string ChosenFormat = "✓ You chose: {0}";

    /// <summary>mrkdwn's three control characters; everything else shows as written.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <param name="editableDraft">The draft a revision question's Edit button opens in a modal; null: no Edit button.</param>
    public static IReadOnlyList<SlackMessage> Render(OutboundReply reply, string? editableDraft = null)
    {
        var blocks = new JsonArray();
        switch (reply)
        {
            case ChoicesReply choices:
                AddSections(blocks, reply.Text);
                AddButtons(blocks, choices.Choices, editableDraft);
                return [new SlackMessage(Fallback(reply.Text), blocks)];
            case DraftReply draft:
                AddSections(blocks, reply.Text);
                AddPreformatted(blocks, draft.Draft);
                if (draft.Subject is { Length: > 0 } subject)
                {
                    blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(new JsonObject { ["type"] = "plain_text", ["text"] = Truncate($"Subject: {subject}", MaxSectionText) }) });
                }

                return [new SlackMessage(Fallback($"{reply.Text}\n{draft.Draft}"), Capped(blocks))];
            case ListReply list:
                AddSections(blocks, reply.Text);
                AddSections(blocks, string.Join('\n', list.Items.Select(item => ActivityReplies.ListItemLead + item)));
                return [new SlackMessage(Fallback(string.Join('\n', [reply.Text, .. list.Items.Select(item => ActivityReplies.ListItemLead + item)])), Capped(blocks))];
            case FileReply file:
                return Snippet(file);
            default:
                AddSections(blocks, reply.Text);
                return [new SlackMessage(Fallback(reply.Text), Capped(blocks))];
        }
    }

    /// <summary>The clicked message as it stays: its choice buttons gone, the choice shown in their place.</summary>
    public static JsonArray AfterChoice(JsonElement blocks, string chosen)
    {
        var kept = new JsonArray();
        if (blocks.ValueKind == JsonValueKind.Array)
        {
            foreach (var block in blocks.EnumerateArray())
            {
                if (!IsChoiceButtons(block))
                {
                    kept.Add(JsonNode.Parse(block.GetRawText()));
                }
            }
        }

        kept.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(string.Format(System.Globalization.CultureInfo.InvariantCulture, ChosenFormat, chosen), MaxSectionText) }) });
        return kept;
    }

    /// <summary>The modal that edits a draft; <paramref name="metadata"/> says where the edited text goes.</summary>
    public static JsonObject EditModal(string draft, string metadata) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = EditDraftCallback,
        ["private_metadata"] = metadata,
        ["title"] = PlainText("Edit your reply"),
        ["submit"] = PlainText("Check it"),
        ["close"] = PlainText("Cancel"),
        ["blocks"] = new JsonArray(new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = DraftBlock,
            ["label"] = PlainText("Your reply, as you'd send it"),
            ["element"] = new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = DraftInput,
                ["multiline"] = true,
                ["max_length"] = MaxDraftInput,
                ["initial_value"] = Truncate(draft, MaxDraftInput),
            },
        }),
    };

    private static bool IsChoiceButtons(JsonElement block) =>
        SlackIds.Text(block, "type") == "actions" && block.TryGetProperty("elements", out var elements) && elements.ValueKind == JsonValueKind.Array
        && elements.EnumerateArray().Any(element => SlackIds.Text(element, "action_id")?.StartsWith(ChoiceActionPrefix, StringComparison.Ordinal) == true);

    private static void AddSections(JsonArray blocks, string text)
    {
        foreach (var part in Chunks(Escape(text), MaxSectionText))
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = part, ["verbatim"] = true } });
        }
    }

    private static void AddPreformatted(JsonArray blocks, string text)
    {
        foreach (var part in Chunks(text, MaxSectionText))
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "rich_text",
                ["elements"] = new JsonArray(new JsonObject
                {
                    ["type"] = "rich_text_preformatted",
                    ["elements"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = part }),
                }),
            });
        }
    }

    /// <summary>The choices as buttons, 25 to an actions block; the Edit button, if any, in the last block, so a click removes it too.</summary>
    private static void AddButtons(JsonArray blocks, IReadOnlyList<string> choices, string? editableDraft)
    {
        for (var start = 0; start < choices.Count; start += MaxButtonsPerBlock)
        {
            var elements = new JsonArray();
            for (var i = start; i < Math.Min(choices.Count, start + MaxButtonsPerBlock); i++)
            {
                elements.Add(Button(choices[i], $"{ChoiceActionPrefix}{i}", Truncate(choices[i], MaxButtonValue)));
            }

            if (editableDraft is not null && start + MaxButtonsPerBlock >= choices.Count && elements.Count < MaxButtonsPerBlock)
            {
                elements.Add(Button(EditLabel, EditDraftAction, editableDraft));
            }

            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = $"choices-{start / MaxButtonsPerBlock}", ["elements"] = elements });
        }
    }

    private static JsonObject Button(string label, string actionId, string value) => new()
    {
        ["type"] = "button",
        ["action_id"] = actionId,
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(label, MaxButtonText), ["emoji"] = true },
        ["value"] = value,
    };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text };

    /// <summary>The export as a snippet: pretty-printed JSON in preformatted blocks, over as many messages as it needs.</summary>
    private static IReadOnlyList<SlackMessage> Snippet(FileReply file)
    {
        var json = JsonSerializer.Serialize(file.Content, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var messages = new List<SlackMessage>();
        var blocks = new JsonArray();
        AddSections(blocks, file.Text);
        blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(file.FileName, MaxSectionText) }) });
        foreach (var part in Chunks(json, MaxSectionText))
        {
            if (blocks.Count >= MaxBlocks)
            {
                messages.Add(new SlackMessage(Fallback(file.Text), blocks));
                blocks = [];
            }

            AddPreformatted(blocks, part);
        }

        messages.Add(new SlackMessage(Fallback(file.Text), blocks));
        return messages;
    }

    private static JsonArray Capped(JsonArray blocks)
    {
        while (blocks.Count > MaxBlocks)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        return blocks;
    }

    private static string Fallback(string text) => Truncate(Escape(text), MaxFallbackText);

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>Pieces of at most <paramref name="max"/> characters, cut at a line break where there is one.</summary>
    private static IEnumerable<string> Chunks(string text, int max)
    {
        if (text.Length == 0)
        {
            yield return " ";
            yield break;
        }

        var start = 0;
        while (start < text.Length)
        {
            var length = Math.Min(max, text.Length - start);
            if (start + length < text.Length)
            {
                var cut = text.LastIndexOf('\n', start + length - 1, length);
                if (cut > start)
                {
                    length = cut - start + 1;
                }
                else if (char.IsHighSurrogate(text[start + length - 1]))
                {
                    length--;
                }
            }

            yield return text.Substring(start, length);
            start += length;
        }
    }
}
