using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Channels.BotFramework.Authentication;

/// <summary>
/// The channels each Bot Framework signing key is endorsed for. The key set lists them in a
/// non-standard <c>endorsements</c> array on each key; Microsoft.IdentityModel 8 keeps such members in
/// <see cref="JsonWebKey.AdditionalData"/> as a <see cref="JsonElement"/>. Built once per key set.
/// </summary>
internal sealed class Endorsements
{
    public const string Member = "endorsements";

    public static Endorsements None { get; } = new(new Dictionary<string, HashSet<string>>());

    private readonly Dictionary<string, HashSet<string>> channelsByKeyId;

    private Endorsements(Dictionary<string, HashSet<string>> channelsByKeyId) => this.channelsByKeyId = channelsByKeyId;

    public static Endorsements From(JsonWebKeySet? keys)
    {
        var channelsByKeyId = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var key in keys?.Keys ?? [])
        {
            if (key.KeyId is not { Length: > 0 } keyId
                || !key.AdditionalData.TryGetValue(Member, out var value)
                || value is not JsonElement { ValueKind: JsonValueKind.Array } array)
            {
                continue;
            }

            var channels = channelsByKeyId.TryGetValue(keyId, out var existing) ? existing : channelsByKeyId[keyId] = new(StringComparer.Ordinal);
            foreach (var channel in array.EnumerateArray())
            {
                if (channel.ValueKind == JsonValueKind.String && channel.GetString() is { Length: > 0 } name)
                {
                    channels.Add(name);
                }
            }
        }

        return new Endorsements(channelsByKeyId);
    }

    /// <summary>Whether the key with <paramref name="keyId"/> is endorsed for <paramref name="channelId"/>; a key without endorsements is endorsed for nothing.</summary>
    public bool Endorse(string? keyId, string? channelId) =>
        keyId is not null && channelId is { Length: > 0 }
        && channelsByKeyId.TryGetValue(keyId, out var channels) && channels.Contains(channelId);
}
