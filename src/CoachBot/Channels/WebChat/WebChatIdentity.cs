using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CoachBot.Channels.WebChat;

/// <summary>
/// Who is on the other side of the web chat, as the server says: a user id it issued and the conversations
/// that browser started, in an HttpOnly, SameSite=Strict cookie sealed with ASP.NET Core Data Protection
/// (its keys kept next to the database, so a restart keeps everyone's session). Whatever ids a page puts
/// in its activities, it can reach only these; nothing else ties a browser to a person.
/// </summary>
public sealed class WebChatIdentity(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string CookieName = "coachbot-webchat";

    /// <summary>The newest conversations a browser may go back to; older ones are let go, and the page starts afresh.</summary>
    public const int ConversationsKept = 20;

    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(180);
    private const char Separator = '\n';

    private readonly IDataProtector protector = dataProtection.CreateProtector("CoachBot.WebChat.Identity.v1");

    /// <summary>The session the request's cookie holds, or a new one when it has none that this server sealed.</summary>
    public WebChatSession Read(HttpRequest request)
    {
        if (request.Cookies[CookieName] is { Length: > 0 and <= 4096 } sealedValue)
        {
            try
            {
                var parts = protector.Unprotect(sealedValue).Split(Separator);
                if (parts[0].Length > 0)
                {
                    return new WebChatSession(parts[0], [.. parts[1..]], changed: false);
                }
            }
            catch (CryptographicException)
            {
                // Forged, from another deployment, or sealed with a key since removed: a new session.
            }
            catch (FormatException)
            {
            }
        }

        return WebChatSession.New();
    }

    /// <summary>Sets the cookie when the session changed (new, or a conversation started).</summary>
    public void Write(HttpContext http, WebChatSession session)
    {
        if (!session.Changed)
        {
            return;
        }

        var value = protector.Protect(string.Join(Separator, [session.UserId, .. session.Conversations]));
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = $"{http.Request.PathBase}{WebChatEndpoint.Route}",
            Expires = clock.GetUtcNow() + CookieLifetime,
            IsEssential = true,
        });
    }
}

/// <summary>One browser's web chat identity: its user id, and the conversations it started, oldest first.</summary>
public sealed class WebChatSession(string userId, List<string> conversations, bool changed)
{
    public string UserId { get; } = userId;
    public IReadOnlyList<string> Conversations => conversations;
    public bool Changed { get; private set; } = changed;

    public static WebChatSession New() => new(NewId("wc-user-"), [], changed: true);

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
