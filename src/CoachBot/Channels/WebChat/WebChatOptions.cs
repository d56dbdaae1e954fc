namespace CoachBot.Channels.WebChat;

/// <summary>The <c>CoachBot:WebChat</c> section. Every key is documented in the README.</summary>
public sealed class WebChatOptions
{
    public const string Section = "CoachBot:WebChat";

    /// <summary>
    /// Serves the web chat page at / and its endpoint at /api/webchat. Unset: on without an app id (local
    /// development), off once <c>MicrosoftAppId</c> is configured, unless set to true explicitly.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a browser's session (its cookie) is honoured after it was issued; it is renewed once a day while used.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(180);
}
