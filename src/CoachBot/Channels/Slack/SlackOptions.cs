namespace CoachBot.Channels.Slack;

/// <summary>
/// <c>CoachBot:Slack</c>: the app's signing secret (without it the Slack routes are not served), and
/// either one workspace's bot token or the OAuth client of an app installed to many workspaces.
/// Secrets come from configuration or user-secrets, never from the repository.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "CoachBot:Slack";

    /// <summary>Signs every request Slack sends (Basic Information → App Credentials → Signing Secret).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>One workspace: the bot token (<c>xoxb-…</c>) of the app installed there.</summary>
    public string? BotToken { get; set; }

    /// <summary>Many workspaces: the app's OAuth client id, for <c>/api/slack/install</c> and token rotation.</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth client secret that goes with <see cref="ClientId"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The redirect URL registered in the manifest (<c>https://{host}/api/slack/oauth</c>); unset: Slack uses the only one registered.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Slack's Web API; a test or a proxy may point elsewhere.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Where <c>/api/slack/install</c> sends the admin to approve the app.</summary>
    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>How long an event id is remembered to spot Slack's retries (it retries for about 5 minutes).</summary>
    public TimeSpan EventRetention { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The longest <c>Retry-After</c> a call waits out before it gives up with <c>ratelimited</c>.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages to one channel are paced to one per this interval, after a short burst (Slack allows about one a second).</summary>
    public TimeSpan MessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages one channel may get at once before the pacing starts.</summary>
    public int MessageBurst { get; set; } = 3;

    /// <summary>A streamed draft's updates (<c>chat.appendStream</c>, or <c>chat.update</c> as the fallback) come at most this often.</summary>
    public TimeSpan StreamUpdateInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A rotating token is refreshed once it expires within this time (Slack's SDKs use 2 hours).</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Whether Slack is configured at all: its routes are served only with a signing secret.</summary>
    public bool Enabled => !string.IsNullOrEmpty(SigningSecret);

    /// <summary>Whether workspaces can install the app through OAuth.</summary>
    public bool OAuthEnabled => !string.IsNullOrEmpty(ClientId) && !string.IsNullOrEmpty(ClientSecret);

    /// <summary>The scopes the app asks for: exactly those it uses (the manifest lists the same).</summary>
    public static IReadOnlyList<string> BotScopes { get; } = ["app_mentions:read", "chat:write", "commands", "im:history", "im:write", "users:read"];
}
