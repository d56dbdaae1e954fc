using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Slack;

/// <summary>
/// Slack as a native app: the Events API, interactivity and <c>/coach</c> endpoints, the Web API client,
/// installations (one workspace by bot token, many by OAuth v2) and the channel. Its routes are served
/// once <c>CoachBot:Slack:SigningSecret</c> is set; the channel is always registered, so a stored Slack
/// conversation always finds it (and, unconfigured, fails to deliver rather than to resolve).
/// </summary>
public sealed class SlackModule : IChannelModule
{
    public void AddTo(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section)
            .Validate(options => options.ApiBaseUrl.IsAbsoluteUri && options.ApiBaseUrl.AbsoluteUri.EndsWith('/'), $"{SlackOptions.Section}:ApiBaseUrl must be an absolute URL ending in '/'.")
            .Validate(options => options.ApiBaseUrl.Scheme == Uri.UriSchemeHttps || options.ApiBaseUrl.IsLoopback, $"{SlackOptions.Section}:ApiBaseUrl must use https (plain http only on loopback).")
            .Validate(options => !options.Enabled || !string.IsNullOrEmpty(options.BotToken) || options.OAuthEnabled,
                $"{SlackOptions.Section}:SigningSecret is set, but neither {SlackOptions.Section}:BotToken (one workspace) nor {SlackOptions.Section}:ClientId and ClientSecret (many workspaces).")
            .Validate(options => string.IsNullOrEmpty(options.ClientId) == string.IsNullOrEmpty(options.ClientSecret), $"{SlackOptions.Section}:ClientId and ClientSecret go together.")
            .Validate(options => options.EventRetention >= TimeSpan.FromMinutes(10) && options.MaxRetryAfter >= TimeSpan.Zero && options.MessageInterval >= TimeSpan.Zero
                && options.MessageBurst >= 1 && options.StreamUpdateInterval >= TimeSpan.Zero, $"{SlackOptions.Section}: EventRetention must be at least 10 minutes, MessageBurst at least 1, and the intervals not negative.")
            .ValidateOnStart();
        services.AddHttpClient(SlackApiClient.HttpClientName, http =>
            {
                http.Timeout = TimeSpan.FromSeconds(30);
                http.MaxResponseContentBufferSize = 4 * 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackInstallations>();
        services.AddSingleton<SlackEventLog>();
        services.AddSingleton<SlackPeople>();
        services.AddSingleton<SlackInbox>();
        services.AddSingleton<SlackChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<SlackChannel>());
    }

    public void MapTo(WebApplication app)
    {
        var slack = app.Services.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!slack.Enabled)
        {
            return;
        }

        app.MapPost(SlackEndpoints.EventsRoute, SlackEndpoints.EventsAsync).RequireRateLimiting(ClientRateLimits.Policy);
        app.MapPost(SlackEndpoints.InteractionsRoute, SlackEndpoints.InteractionsAsync).RequireRateLimiting(ClientRateLimits.Policy);
        app.MapPost(SlackEndpoints.CommandsRoute, SlackEndpoints.CommandsAsync).RequireRateLimiting(ClientRateLimits.Policy);
        if (slack.OAuthEnabled)
        {
            app.MapGet(SlackOAuth.InstallRoute, SlackOAuth.InstallAsync).RequireRateLimiting(ClientRateLimits.Policy);
            app.MapGet(SlackOAuth.RedirectRoute, SlackOAuth.RedirectAsync).RequireRateLimiting(ClientRateLimits.Policy);
        }
    }
}
