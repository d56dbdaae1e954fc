namespace CoachBot.Channels.BotFramework.Authentication;

/// <summary>Who sent an accepted request to <c>/api/messages</c>.</summary>
/// <param name="IsAnonymous">No app id is configured, so nothing was checked (local development).</param>
/// <param name="AppId">The bot's app id the token was issued for; null when anonymous.</param>
/// <param name="Issuer">The validated issuer of the token; null when anonymous.</param>
public sealed record BotFrameworkCaller(bool IsAnonymous, string? AppId, string? Issuer)
{
    public static BotFrameworkCaller Anonymous { get; } = new(true, null, null);
}
