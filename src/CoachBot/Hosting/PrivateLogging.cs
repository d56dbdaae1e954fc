using System.Security.Cryptography;
using CoachBot.Conversations.Privacy;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace CoachBot.Hosting;

/// <summary>
/// Logs without personal data: values classified as <see cref="PersonalData.Identifier"/> are replaced
/// by a keyed hash (HMAC-SHA256), so one person's records can be correlated within a deployment but the
/// id cannot be recovered from them.
/// </summary>
public static class PrivateLogging
{
    public const string HashKeySetting = "CoachBot:Privacy:LogHashKey";

    public static WebApplicationBuilder AddPrivateLogging(this WebApplicationBuilder builder)
    {
        var key = builder.Configuration[HashKeySetting] is { Length: > 0 } configured ? configured : RandomKey();
        builder.Services.AddRedaction(redaction => redaction.SetHmacRedactor(
            options => options.Key = key,
            new DataClassificationSet(PersonalData.Identifier)));
        builder.Logging.EnableRedaction();
        return builder;
    }

    /// <summary>
    /// Without a configured key, a fresh one per process: ids are still hashed, but the same person
    /// hashes differently after every restart, so logs of different runs cannot be correlated.
    /// </summary>
    private static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
