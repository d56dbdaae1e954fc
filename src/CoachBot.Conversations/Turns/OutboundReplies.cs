using System.Text.Json;
using CoachBot.Conversations.Activities;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// One thing the bot says, in no channel's terms: each channel renders it itself (Bot Framework as
/// activities and Teams cards, the web chat as JSON or server-sent events, the terminal as plain text).
/// </summary>
/// <param name="Text">What the bot says; a question when <see cref="ExpectsAnswer"/>.</param>
public abstract record OutboundReply(string Text)
{
    /// <summary>Whether the reply asks the person something and waits for the answer.</summary>
    public bool ExpectsAnswer { get; init; }

    /// <summary>Facts about the reply a channel may act on (the person's data was erased, say), by name.</summary>
    public IReadOnlyList<string> Marks { get; init; } = [];
}

/// <summary>Plain text (lines starting with "• " are a list; a channel may show them as one).</summary>
public sealed record TextReply(string Text) : OutboundReply(Text);

/// <summary>A question with the choices the person can pick from (buttons, suggested actions, numbers).</summary>
public sealed record ChoicesReply(string Text, IReadOnlyList<string> Choices) : OutboundReply(Text);

/// <summary>A draft the person copies and sends themselves, with its e-mail subject when there is one.</summary>
public sealed record DraftReply(string Text, string Draft, string? Subject = null) : OutboundReply(Text);

/// <summary>An introduction and its items, shown as a list.</summary>
public sealed record ListReply(string Text, IReadOnlyList<string> Items) : OutboundReply(Text);

/// <summary>A file for the person (the export of their data), named, with its content.</summary>
public sealed record FileReply(string Text, string FileName, string ContentType, JsonElement Content) : OutboundReply(Text);

/// <summary>
/// The neutral replies and the Activity protocol: <see cref="ToActivity"/> is how a reply travels as an
/// activity (the web chat's JSON, and what Bot Framework rendering starts from), <see cref="FromActivity"/>
/// takes in an activity the dialogs still build themselves, so that nothing but neutral replies leaves a turn.
/// </summary>
public static class ActivityReplies
{
    /// <summary>The attachment content type of a draft in an activity: <c>{"text": draft, "subject": …}</c>.</summary>
    public const string DraftContentType = "application/vnd.coachbot.draft";

    public const string ListItemLead = "• ";

    /// <summary>A reply as an activity answering <paramref name="inbound"/>, with CoachBot's own content types.</summary>
    public static Activity ToActivity(OutboundReply reply, Activity inbound)
    {
        var activity = inbound.CreateReply(reply is ListReply list ? string.Join('\n', [reply.Text, .. list.Items.Select(item => ListItemLead + item)]) : reply.Text);
        if (reply.ExpectsAnswer)
        {
            activity.InputHint = InputHints.ExpectingInput;
        }

        switch (reply)
        {
            case ChoicesReply { Choices.Count: > 0 } choices:
                activity.SuggestedActions = new SuggestedActions { Actions = [.. choices.Choices.Select(choice => CardAction.ImBack(choice))] };
                break;
            case DraftReply draft:
                activity.Attachments =
                [
                    new Attachment
                    {
                        ContentType = DraftContentType,
                        Content = draft.Subject is null
                            ? JsonSerializer.SerializeToElement(new { text = draft.Draft })
                            : JsonSerializer.SerializeToElement(new { text = draft.Draft, subject = draft.Subject }),
                    },
                ];
                break;
            case FileReply file:
                activity.Attachments = [new Attachment { ContentType = file.ContentType, Name = file.FileName, Content = file.Content }];
                break;
        }

        if (reply.Marks.Count > 0)
        {
            activity.Entities = [.. reply.Marks.Select(mark => new Entity { Type = mark })];
        }

        return activity;
    }

    /// <summary>
    /// The neutral reply an outgoing activity built by a dialog stands for: its text, whether it asks,
    /// its suggested actions as choices, a draft or a named file attachment, its entities as marks.
    /// Throws for what no neutral reply can say (more than one attachment, an unnamed unknown one).
    /// </summary>
    public static OutboundReply FromActivity(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var attachments = activity.Attachments ?? [];
        OutboundReply reply = attachments switch
        {
            [] when activity.SuggestedActions?.Actions is { Count: > 0 } actions =>
                new ChoicesReply(text, [.. actions.Select(action => action.Title ?? string.Empty)]),
            [] => new TextReply(text),
            [{ ContentType: DraftContentType, Content: { } content }] when content.TryGetProperty("text", out var draft) =>
                new DraftReply(text, draft.GetString() ?? string.Empty, content.TryGetProperty("subject", out var subject) ? subject.GetString() : null),
            [{ Name: { Length: > 0 } name, ContentType: { } type, Content: { } content }] => new FileReply(text, name, type, content),
            _ => throw new NotSupportedException("This activity carries attachments no neutral reply stands for."),
        };
        return reply with
        {
            ExpectsAnswer = activity.InputHint == InputHints.ExpectingInput,
            Marks = [.. (activity.Entities ?? []).Where(entity => entity?.Type is { Length: > 0 }).Select(entity => entity!.Type!)],
        };
    }
}
