using System.Diagnostics;
using OpenTelemetry;

namespace CoachBot.Telemetry;

/// <summary>
/// Lets only known, impersonal tags leave: CoachBot's own (closed sets by construction) and the HTTP
/// semantic conventions that name a route, a method, a status or a host, and the model calls' model and token counts. Everything else is removed
/// before export: a request's path and query (the Bot Connector's URLs carry conversation and activity
/// ids), the client's address and user agent, and any tag a library adds later.
/// </summary>
internal sealed class PersonalTagFilter : BaseProcessor<Activity>
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "coachbot.channel", "coachbot.turn.kind", "coachbot.turn.status",
        "http.request.method", "http.request.method_original", "http.response.status_code", "http.route",
        "url.scheme", "server.address", "server.port", "network.protocol.name", "network.protocol.version",
        "error.type", "otel.status_code",
        // Microsoft.Extensions.AI's model-call spans (message content is off, see ChatClientFactory): model, operation, tokens.
        "gen_ai.operation.name", "gen_ai.system", "gen_ai.provider.name", "gen_ai.request.model", "gen_ai.response.model",
        "gen_ai.request.max_tokens", "gen_ai.request.temperature", "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens",
        "gen_ai.response.finish_reasons",
    };

    public override void OnEnd(Activity data)
    {
        List<string>? removed = null;
        foreach (var tag in data.TagObjects)
        {
            if (!Kept.Contains(tag.Key))
            {
                (removed ??= []).Add(tag.Key);
            }
        }

        foreach (var key in removed ?? [])
        {
            data.SetTag(key, null);
        }

        // A status description can quote an exception's message; the status code says enough.
        if (data.StatusDescription is not null)
        {
            data.SetStatus(data.Status);
        }
    }
}
