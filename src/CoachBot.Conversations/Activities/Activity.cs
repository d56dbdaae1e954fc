using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Conversations.Activities;

/// <summary>
/// A Bot Framework activity: the one language of every turn, whichever channel it came from.
/// Unknown fields are kept in <see cref="Extra"/> so nothing a channel sends is lost on a round trip.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? InputHint { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Action { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? DeliveryMode { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A message in reply to this activity: addressed back to its sender, in its conversation.</summary>
    /// <summary>A shallow copy: the same accounts, attachments and actions, for a channel to render into.</summary>
    public Activity Clone() => (Activity)MemberwiseClone();

    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = null,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name, Role = "bot" },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId, Role = "user" },
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
        InputHint = InputHints.AcceptingInput,
    };
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string MessageReaction = "messageReaction";
    public const string EndOfConversation = "endOfConversation";
}

public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string? Title { get; set; }
    public JsonElement? Value { get; set; }

    public static CardAction ImBack(string title, string? value = null) =>
        new() { Type = "imBack", Title = title, Value = JsonSerializer.SerializeToElement(value ?? title) };
}

public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
}

public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The body of an <c>expectReplies</c> response.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
