using System.Text.Json;
using CoachBot.Conversations.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Slack;

/// <summary>One workspace's installation of the app: its bot token (rotating, with its refresh token) and the bot's ids.</summary>
public sealed record SlackInstallation
{
    public string TeamId { get; init; } = string.Empty;
    public string? EnterpriseId { get; init; }
    public string? BotToken { get; init; }
    public string? RefreshToken { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public string? BotUserId { get; init; }
    public string? BotId { get; init; }

    /// <summary>Uninstalled, or its tokens revoked: nothing is sent to the workspace until it installs the app again.</summary>
    public bool Removed { get; init; }

    /// <summary>
    /// For a workspace served with the configured bot token: that token's SHA-256 when it was removed, so the
    /// workspace is served again once an admin reinstalls the app and configures the new token (never the token itself).
    /// </summary>
    public string? RemovedConfiguredToken { get; init; }
}

/// <summary>
/// The installations, one per (enterprise, team), in durable storage: what OAuth stores, what every
/// send asks for its token (refreshing a rotating token before it expires, and storing the new refresh
/// token each time), and what <c>app_uninstalled</c> and <c>tokens_revoked</c> end. A workspace without a
/// stored installation is served with <see cref="SlackOptions.BotToken"/>, if one is configured; one whose
/// installation was removed is not served at all.
/// </summary>
public sealed partial class SlackInstallations(IStorage storage, SlackApiClient api, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackInstallations> logger)
{
    public const string KeyPrefix = "slack/installation/";

    private readonly SlackOptions settings = options.Value;

    /// <summary>
    /// Team ids are unique across Slack (Enterprise Grid included), so a workspace's installation is found by its
    /// team alone; an organisation-wide install, which has no team, by its enterprise.
    /// </summary>
    public static string KeyOf(string? enterpriseId, string? teamId) =>
        teamId is { Length: > 0 } ? $"{KeyPrefix}team/{teamId}" : $"{KeyPrefix}enterprise/{enterpriseId}";

    public async Task<SlackInstallation?> FindAsync(string teamId, string? enterpriseId, CancellationToken cancellationToken) =>
        (await ReadAsync(teamId, enterpriseId, cancellationToken)).Installation;

    /// <summary>The bot token to call Slack with for <paramref name="teamId"/>, rotated first when it is about to expire.</summary>
    /// <exception cref="SlackApiException"><see cref="SlackApiException.NotInstalled"/>: no token for this workspace.</exception>
    public async Task<string> TokenForAsync(string teamId, string? enterpriseId, CancellationToken cancellationToken)
    {
        var (installation, etag, key) = await ReadAsync(teamId, enterpriseId, cancellationToken);
        if (installation is null)
        {
            return settings.BotToken is { Length: > 0 } configured ? configured : throw new SlackApiException("installation", SlackApiException.NotInstalled);
        }

        if (installation.Removed)
        {
            return settings.BotToken is { Length: > 0 } reconfigured && installation.RemovedConfiguredToken is { } removed && Fingerprint(reconfigured) != removed
                ? reconfigured
                : throw new SlackApiException("installation", SlackApiException.NotInstalled);
        }

        if (installation.BotToken is not { Length: > 0 } token)
        {
            throw new SlackApiException("installation", SlackApiException.NotInstalled);
        }

        if (installation.RefreshToken is { Length: > 0 } refresh && installation.ExpiresAt is { } expires
            && expires - clock.GetUtcNow() <= settings.RefreshBeforeExpiry && settings.OAuthEnabled)
        {
            return await RotateAsync(installation, refresh, key, etag!, cancellationToken);
        }

        return token;
    }

    /// <summary>Stores a new installation from <c>oauth.v2.access</c> (and <c>auth.test</c>), replacing any earlier one of the workspace.</summary>
    public async Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken)
    {
        var key = KeyOf(installation.EnterpriseId, installation.TeamId);
        var current = await storage.ReadAsync(key, cancellationToken);
        await storage.WriteAsync(key, JsonSerializer.Serialize(installation, SlackJson.Options), current?.ETag, cancellationToken);
        LogInstalled(installation.TeamId);
    }

    /// <summary>
    /// The workspace uninstalled the app or revoked its bot token: the token is forgotten and the
    /// workspace marked removed, so no message or nudge is sent there (a configured bot token included).
    /// </summary>
    public async Task RemoveAsync(string teamId, string? enterpriseId, CancellationToken cancellationToken)
    {
        var key = KeyOf(enterpriseId, teamId);
        while (true)
        {
            var current = await storage.ReadAsync(key, cancellationToken);
            var servedByConfiguration = current is null || JsonSerializer.Deserialize<SlackInstallation>(current.Json, SlackJson.Options) is { Removed: true, RemovedConfiguredToken: not null };
            var removed = new SlackInstallation
            {
                TeamId = teamId,
                EnterpriseId = enterpriseId,
                Removed = true,
                RemovedConfiguredToken = servedByConfiguration && settings.BotToken is { Length: > 0 } configured ? Fingerprint(configured) : null,
            };
            try
            {
                await storage.WriteAsync(key, JsonSerializer.Serialize(removed, SlackJson.Options), current?.ETag, cancellationToken);
                LogRemoved(teamId);
                return;
            }
            catch (StorageConflictException)
            {
                // A rotation wrote meanwhile: read again and remove that.
            }
        }
    }

    private async Task<(SlackInstallation? Installation, string? ETag, string Key)> ReadAsync(string teamId, string? enterpriseId, CancellationToken cancellationToken)
    {
        var key = KeyOf(enterpriseId, teamId);
        var stored = await storage.ReadAsync(key, cancellationToken);

        return (stored is null ? null : JsonSerializer.Deserialize<SlackInstallation>(stored.Json, SlackJson.Options), stored?.ETag, key);
    }

    private async Task<string> RotateAsync(SlackInstallation installation, string refreshToken, string key, string etag, CancellationToken cancellationToken)
    {
        var answer = await api.CallFormAsync("oauth.v2.access", new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = settings.ClientId!,
            ["client_secret"] = settings.ClientSecret!,
        }, cancellationToken);
        var rotated = installation with
        {
            BotToken = SlackIds.Text(answer, "access_token") ?? throw new SlackApiException("oauth.v2.access", "invalid_response"),
            RefreshToken = SlackIds.Text(answer, "refresh_token") ?? refreshToken,
            ExpiresAt = ExpiresAt(answer, clock.GetUtcNow()),
        };
        try
        {
            await storage.WriteAsync(key, JsonSerializer.Serialize(rotated, SlackJson.Options), etag, cancellationToken);
            LogRotated(installation.TeamId);
            return rotated.BotToken!;
        }
        catch (StorageConflictException)
        {
            // Another send rotated it first (or the workspace uninstalled): take what is stored now.
            return await TokenForAsync(installation.TeamId, installation.EnterpriseId, cancellationToken);
        }
    }

    private static string Fingerprint(string token) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>When a token from <c>oauth.v2.access</c> expires (<c>expires_in</c> seconds); null for one that does not rotate.</summary>
    public static DateTimeOffset? ExpiresAt(JsonElement answer, DateTimeOffset now) =>
        answer.TryGetProperty("expires_in", out var seconds) && seconds.ValueKind == JsonValueKind.Number && seconds.TryGetInt64(out var value)
            ? now.AddSeconds(value)
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack workspace {TeamId} installed CoachBot.")]
    private partial void LogInstalled(string teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack workspace {TeamId} removed CoachBot (uninstalled or tokens revoked); nothing more is sent there.")]
    private partial void LogRemoved(string teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rotated the bot token of Slack workspace {TeamId}.")]
    private partial void LogRotated(string teamId);
}
