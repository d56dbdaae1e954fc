using OpenTelemetry.Exporter;

namespace CoachBot.Telemetry;

/// <summary>
/// <c>CoachBot:Telemetry</c>: where CoachBot's traces and metrics go. Nothing is set by default, and then
/// nothing is exported: no OpenTelemetry pipeline is even built. The standard variables
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> and <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> turn it on too.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "CoachBot:Telemetry";

    /// <summary>The OpenTelemetry standard variable for an OTLP collector.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The variable App Service and Container Apps set for Application Insights.</summary>
    public const string AzureMonitorVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>An OTLP collector's base address (the signal paths /v1/traces and /v1/metrics are added for http/protobuf).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The OTLP protocol: <c>HttpProtobuf</c> (port 4318) or <c>Grpc</c> (port 4317).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.HttpProtobuf;

    /// <summary>An Application Insights connection string: traces and metrics go to Azure Monitor.</summary>
    public string? AzureMonitorConnectionString { get; set; }

    /// <summary>
    /// Azure Monitor's rate-limited sampling: at most this many traces a second are kept (the exporter's own
    /// default, 5); 0 keeps every trace. It becomes the trace pipeline's sampler, so with OTLP on as well it
    /// samples what OTLP receives too. Metrics are never sampled.
    /// </summary>
    public double AzureMonitorTracesPerSecond { get; set; } = 5;

    /// <summary>The <c>service.name</c> every span and metric carries (Application Insights' cloud role name).</summary>
    public string ServiceName { get; set; } = "coachbot";
}
