using System.Security.Cryptography;
using CoachBot.Conversations.State;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Slack;

/// <summary>
/// Installing the app to many workspaces with OAuth v2: <c>GET /api/slack/install</c> sends the admin to
/// Slack with a random <c>state</c> kept in storage for 10 minutes; <c>GET /api/slack/oauth</c> takes it
/// back once (a missing, expired or reused state is refused), exchanges the code with
/// <c>oauth.v2.access</c>, asks <c>auth.test</c> for the bot's ids, and stores the installation.
/// </summary>
public static class SlackOAuth
{
    public const string InstallRoute = "/api/slack/install";
    public const string RedirectRoute = "/api/slack/oauth";
    public const string StatePrefix = "slack/oauth-state/";
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public const string Installed = "CoachBot is installed. Students can now find it under Apps in Slack and message it directly.";

    public static async Task<IResult> InstallAsync(HttpContext http, IStorage storage, IOptions<SlackOptions> slack, TimeProvider clock)
    {
        var settings = slack.Value;
        var state = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await storage.WriteAsync([new DocumentChange(StatePrefix + state, "{}", null, clock.GetUtcNow() + StateLifetime)], http.RequestAborted);
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["scope"] = string.Join(',', SlackOptions.BotScopes),
            ["state"] = state,
        };
        if (settings.RedirectUri is { Length: > 0 } redirect)
        {
            query["redirect_uri"] = redirect;
        }

        return Results.Redirect(QueryHelpers.AddQueryString(settings.AuthorizeUrl.ToString(), query));
    }

    public static async Task<IResult> RedirectAsync(
        HttpContext http, IStorage storage, SlackApiClient api, SlackInstallations installations, IOptions<SlackOptions> slack, TimeProvider clock, ILogger<SlackChannel> logger)
    {
        var settings = slack.Value;
        var query = http.Request.Query;
        var state = query["state"].ToString();
        var code = query["code"].ToString();
        // Ours are 43 characters of base64url, which the id alphabet holds.
        if (!SlackIds.IsSafe(state) || await storage.ReadAsync(StatePrefix + state, http.RequestAborted) is not { } stored)
        {
            return Refuse(http, logger, "The install link has expired or was already used. Start again from the install page.");
        }

        // Used once, whatever follows.
        await storage.DeleteAsync(StatePrefix + state, stored.ETag, http.RequestAborted);
        if (query.ContainsKey("error") || code.Length is 0 or > 500)
        {
            return Refuse(http, logger, "Slack did not grant the installation.");
        }

        try
        {
            var form = new Dictionary<string, string> { ["code"] = code, ["client_id"] = settings.ClientId!, ["client_secret"] = settings.ClientSecret! };
            if (settings.RedirectUri is { Length: > 0 } redirect)
            {
                form["redirect_uri"] = redirect;
            }

            var access = await api.CallFormAsync("oauth.v2.access", form, http.RequestAborted);
            var token = SlackIds.Text(access, "access_token");
            var teamId = SlackIds.Id(SlackIds.Object(access, "team"), "id");
            var enterpriseId = SlackIds.Id(SlackIds.Object(access, "enterprise"), "id");
            if (token is not { Length: > 0 } || (teamId is null && enterpriseId is null))
            {
                throw new SlackApiException("oauth.v2.access", "invalid_response");
            }

            var identity = await api.CallAsync("auth.test", token, new Dictionary<string, object?>(), http.RequestAborted);
            await installations.SaveAsync(new SlackInstallation
            {
                TeamId = teamId ?? string.Empty,
                EnterpriseId = enterpriseId,
                BotToken = token,
                RefreshToken = SlackIds.Text(access, "refresh_token"),
                ExpiresAt = SlackInstallations.ExpiresAt(access, clock.GetUtcNow()),
                BotUserId = SlackIds.Id(access, "bot_user_id") ?? SlackIds.Id(identity, "user_id"),
                BotId = SlackIds.Id(identity, "bot_id"),
            }, http.RequestAborted);
        }
        catch (SlackApiException)
        {
            return Refuse(http, logger, "Slack did not complete the installation. Try again from the install page.");
        }

        return Results.Text(Installed);
    }

    private static IResult Refuse(HttpContext http, ILogger logger, string reason) =>
        ActivityRequest.Refuse(http, logger, StatusCodes.Status400BadRequest, reason).Error;
}
