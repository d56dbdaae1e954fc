using System.Net;

namespace CoachBot.Bench;

/// <summary>The bot answered a turn with a non-2xx status.</summary>
internal sealed class BotRefusedException(HttpStatusCode statusCode)
    : Exception($"bot answered HTTP {(int)statusCode}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
}
