using System.Globalization;
using System.Security.Cryptography;
using CoachBot.Conversations.State;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.WebChat;

/// <summary>
/// Who is on the other side of the web chat, as the server says: a user id it issued, when it issued the
/// session, and the conversations that browser started, in an HttpOnly, SameSite=Strict cookie sealed with
/// ASP.NET Core Data Protection (its keys kept next to the database, so a restart keeps everyone's
/// session). The server honours a session for <see cref="WebChatOptions.SessionLifetime"/> after it was
/// issued, whatever the browser keeps, and never again once <see cref="RevokeAsync"/> (after "delete my
/// data") has revoked its user id. Whatever ids a page puts in its activities, it can reach only these;
/// nothing else ties a browser to a person.
/// </summary>
public sealed class WebChatIdentity(IDataProtectionProvider dataProtection, IStorage storage, TimeProvider clock, IOptions<WebChatOptions> options)
{
    public const string CookieName = "coachbot-webchat";

    /// <summary>The newest conversations a browser may go back to; older ones are let go, and the page starts afresh.</summary>
    public const int ConversationsKept = 20;

    /// <summary>Where a revoked user id is remembered, until any cookie naming it has expired anyway.</summary>
    public const string RevokedPrefix = "webchat-revoked/";

    /// <summary>A session in use is sealed again (with a new issue time) at most this often.</summary>
    private static readonly TimeSpan RenewAfter = TimeSpan.FromDays(1);

    private const char Separator = '\n';
    private const string Version = "v2";

    private readonly IDataProtector protector = dataProtection.CreateProtector("CoachBot.WebChat.Identity.v1");
    private readonly TimeSpan lifetime = options.Value.SessionLifetime;

    /// <summary>The session the request's cookie holds, or a new one when it has none this server sealed that is still honoured.</summary>
    public async Task<WebChatSession> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Unseal(request.Cookies[CookieName]) is { } session
            && await storage.ReadAsync(RevokedPrefix + session.UserId, cancellationToken) is null)
        {
            return session;
        }

        return WebChatSession.New(clock.GetUtcNow());
    }

    private WebChatSession? Unseal(string? sealedValue)
    {
        if (sealedValue is not { Length: > 0 and <= 4096 })
        {
            return null;
        }

        try
        {
            // Version, issue time (Unix seconds), user id, conversations: a cookie without a time (an older one) is not honoured.
            var parts = protector.Unprotect(sealedValue).Split(Separator);
            if (parts.Length < 3 || parts[0] != Version || parts[2].Length == 0
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return null;
            }

            var issued = DateTimeOffset.FromUnixTimeSeconds(seconds);
            var now = clock.GetUtcNow();
            if (issued > now + TimeSpan.FromMinutes(5) || now - issued >= lifetime)
            {
                return null;
            }

            return new WebChatSession(parts[2], [.. parts[3..]], issued, changed: now - issued >= RenewAfter);
        }
        catch (CryptographicException)
        {
            // Forged, from another deployment, or sealed with a key since removed: a new session.
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Sets the cookie when the session changed (new, renewed, or a conversation started).</summary>
    public void Write(HttpContext http, WebChatSession session)
    {
        if (!session.Changed)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var issued = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var value = protector.Protect(string.Join(Separator, [Version, issued, session.UserId, .. session.Conversations]));
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = $"{http.Request.PathBase}{WebChatEndpoint.Route}",
            Expires = now + lifetime,
            IsEssential = true,
        });
    }

    /// <summary>
    /// Refuses every cookie naming <paramref name="userId"/> from now on (the person's data was erased): a
    /// small document with a random id and nothing else, kept until any such cookie has expired anyway.
    /// </summary>
    public async Task RevokeAsync(string userId, CancellationToken cancellationToken)
    {
        var revoked = new DocumentChange(RevokedPrefix + userId, "{}", null, clock.GetUtcNow() + lifetime + RenewAfter);
        try
        {
            await storage.WriteAsync([revoked], cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Revoked already.
        }
    }
}

/// <summary>One browser's web chat identity: its user id, the conversations it started (oldest first), and when it was issued.</summary>
public sealed class WebChatSession(string userId, List<string> conversations, DateTimeOffset issued, bool changed)
{
    public string UserId { get; } = userId;
    public IReadOnlyList<string> Conversations => conversations;
    public DateTimeOffset Issued { get; } = issued;
    public bool Changed { get; private set; } = changed;

    public static WebChatSession New(DateTimeOffset now) => new(NewId("wc-user-"), [], now, changed: true);

    public bool Owns(string conversationId) => conversations.Contains(conversationId, StringComparer.Ordinal);

    /// <summary>A new conversation, with an id only the server gives out.</summary>
    public string StartConversation()
    {
        var id = NewId("wc-");
        conversations.Add(id);
        if (conversations.Count > WebChatIdentity.ConversationsKept)
        {
            conversations.RemoveRange(0, conversations.Count - WebChatIdentity.ConversationsKept);
        }

        Changed = true;
        return id;
    }

    private static string NewId(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
