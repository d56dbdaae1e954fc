using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Channels.Slack;

/// <summary>
/// Slack's request signing (v0): HMAC-SHA256 with the signing secret over <c>v0:{timestamp}:{raw body}</c>,
/// lowercase hex after <c>v0=</c>, compared in constant time; the timestamp must be within five minutes
/// of now, so a captured request cannot be replayed later.
/// </summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const string Version = "v0";

    /// <returns>Whether the request is Slack's, signed for this body at a recent time.</returns>
    public static bool Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature) || timestamp.Length > 12
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > MaxAge.TotalSeconds)
        {
            return false;
        }

        var expected = Sign(signingSecret, timestamp, body);
        // Both are ASCII; the comparison takes the same time wherever they differ.
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    /// <summary>The <c>X-Slack-Signature</c> value for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return $"{Version}={Convert.ToHexStringLower(mac)}";
    }
}
