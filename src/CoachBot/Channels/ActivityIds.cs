using System.Buffers;
using System.Text.Json;
using CoachBot.Conversations.Activities;

namespace CoachBot.Channels;

/// <summary>
/// What an activity must look like before any of it reaches a storage key, a log line or a turn: ids of
/// a bounded length in a safe alphabet (no <c>/</c>, which separates the parts of a storage key, no
/// whitespace or control characters, which would split a log line), member, entity and attachment lists without holes, and
/// <c>channelData</c> whose tenant is where Teams puts it, as a string.
/// </summary>
public static class ActivityIds
{
    public const int MaxChannelIdLength = 32;
    public const int MaxIdLength = 256;

    // Teams (29:…, a:…, 19:…@thread.tacv2;messageid=…), Direct Line (…|0000001), Slack (B…:T…:C…),
    // e-mail and SMS ids (a+b@example.org, +15551234567) all fit.
    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:@;=|+!~,#$*'()[]");

    private static readonly SearchValues<char> ChannelIdCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.");

    /// <returns>What is wrong with the activity, in words for the 400; null when nothing is.</returns>
    public static string? Problem(Activity activity)
    {
        if (activity.ChannelId is { } channelId && !IsSafe(channelId, MaxChannelIdLength, ChannelIdCharacters))
        {
            return $"channelId must be 1 to {MaxChannelIdLength} lowercase letters, digits, '-', '_' or '.'.";
        }

        if (!IsSafeOrAbsent(activity.Id) || !IsSafeOrAbsent(activity.ReplyToId) || !IsSafeOrAbsent(activity.Conversation?.Id)
            || !IsSafeOrAbsent(activity.From?.Id) || !IsSafeOrAbsent(activity.Recipient?.Id) || !IsSafeOrAbsent(activity.Conversation?.TenantId))
        {
            return $"Ids must be at most {MaxIdLength} characters of letters, digits and -_.:@;=|+!~,#$*'()[] (no '/', spaces or control characters).";
        }

        if (!AreMembers(activity.MembersAdded) || !AreMembers(activity.MembersRemoved))
        {
            return "membersAdded and membersRemoved must list accounts, each with an id.";
        }

        if (activity.Entities?.Contains(null!) == true || activity.Attachments?.Contains(null!) == true
            || activity.SuggestedActions?.Actions?.Contains(null!) == true)
        {
            return "entities, attachments and suggested actions must be objects.";
        }

        return ChannelDataProblem(activity.ChannelData);
    }

    private static bool IsSafeOrAbsent(string? id) => id is null || IsSafe(id, MaxIdLength, IdCharacters);

    private static bool IsSafe(string id, int maxLength, SearchValues<char> allowed) =>
        id.Length > 0 && id.Length <= maxLength && !id.AsSpan().ContainsAnyExcept(allowed);

    private static bool AreMembers(List<ChannelAccount>? members) =>
        members is null || members.TrueForAll(member => member is { Id: { } id } && IsSafe(id, MaxIdLength, IdCharacters));

    /// <summary>channelData is the channel's own object; of it the bot reads Teams' <c>tenant.id</c>.</summary>
    private static string? ChannelDataProblem(JsonElement? channelData)
    {
        if (channelData is not { } data || data.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            return "channelData must be an object.";
        }

        if (data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind != JsonValueKind.Null)
        {
            if (tenant.ValueKind != JsonValueKind.Object)
            {
                return "channelData.tenant must be an object.";
            }

            if (tenant.TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Null
                && (id.ValueKind != JsonValueKind.String || !IsSafeOrAbsent(id.GetString())))
            {
                return "channelData.tenant.id must be a string id.";
            }
        }

        return null;
    }
}
