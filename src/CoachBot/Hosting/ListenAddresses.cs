using System.Net;

namespace CoachBot.Hosting;

/// <summary>
/// Without an app id nothing that comes in is authenticated: fine on this machine (the Emulator, the
/// Agents Playground), not on an address others can reach. So CoachBot refuses to start on one, unless
/// <c>CoachBot:AllowAnonymous</c> says that is meant, and then warns.
/// </summary>
public static partial class ListenAddresses
{
    /// <exception cref="InvalidOperationException">A configured address is not loopback.</exception>
    public static void RefuseAnonymousOnPublicAddress(WebApplication app, bool anonymous, bool allowAnonymous)
    {
        if (!anonymous)
        {
            return;
        }

        var exposed = Configured(app.Configuration).Where(address => !IsLoopback(address)).ToList();
        if (exposed.Count == 0)
        {
            return;
        }

        if (!allowAnonymous)
        {
            throw new InvalidOperationException(
                $"CoachBot has no MicrosoftAppId, so nothing it receives is authenticated, and it is configured to listen on {string.Join(", ", exposed)}. " +
                "Listen on loopback only (e.g. http://localhost:3978), configure MicrosoftAppId, or set CoachBot:AllowAnonymous=true to run anonymously on purpose.");
        }

        LogAnonymousOnPublicAddress(app.Logger, string.Join(", ", exposed));
    }

    /// <summary>The addresses Kestrel will bind: <c>urls</c>, the HTTP(S) port settings (all interfaces), and Kestrel endpoints.</summary>
    private static IEnumerable<string> Configured(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return url;
        }

        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            foreach (var port in (configuration[key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return $"http://*:{port}";
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    private static bool IsLoopback(string url)
    {
        // "http://+:80", "http://*:80" and "http://0.0.0.0:80" do not parse as hosts the same way: read the host part by hand.
        var start = url.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? scheme + 3 : 0;
        var rest = url[start..];
        var host = rest.StartsWith('[') ? rest[1..Math.Max(1, rest.IndexOf(']'))] : rest.Split(':', '/')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CoachBot runs without an app id on {Addresses} (CoachBot:AllowAnonymous): anyone who reaches it can talk to it unauthenticated.")]
    private static partial void LogAnonymousOnPublicAddress(ILogger logger, string addresses);
}
