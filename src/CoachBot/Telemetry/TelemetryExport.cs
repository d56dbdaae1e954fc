using Azure.Monitor.OpenTelemetry.Exporter;
using CoachBot.Conversations.Telemetry;
using CoachBot.Conversations.Turns;
using CoachBot.Llm;
using CoachBot.Safety;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoachBot.Telemetry;

/// <summary>
/// CoachBot's instruments (<see cref="CoachBotTelemetry"/>) always, and an OpenTelemetry pipeline that
/// exports them only when <see cref="TelemetryOptions"/> names a destination: OTLP, Azure Monitor, or
/// both. What leaves passes <see cref="PersonalTagFilter"/> first.
/// </summary>
public static class TelemetryExport
{
    /// <summary>The meters exported: CoachBot's own, the model's usage, the semantic crisis layer, and the framework's HTTP durations (routes and hosts only).</summary>
    private static readonly string[] Meters = [CoachBotTelemetry.Name, LlmUsage.MeterName, SafetyGuard.MeterName, "Microsoft.AspNetCore.Hosting", "System.Net.Http"];

    public static WebApplicationBuilder AddCoachBotTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp =>
        {
            var telemetry = new CoachBotTelemetry(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), sp.GetRequiredService<TurnAdmission>());
            if (sp.GetService<ModelCircuit>() is { } circuit)
            {
                circuit.Changed += open => telemetry.ModelBreakerChanged(open ? ModelBreakerState.Open : ModelBreakerState.Closed);
            }

            return telemetry;
        });

        var configuration = builder.Configuration;
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var standardOtlp = !string.IsNullOrWhiteSpace(configuration[TelemetryOptions.OtlpEndpointVariable]);
        var azureMonitor = string.IsNullOrWhiteSpace(options.AzureMonitorConnectionString)
            ? configuration[TelemetryOptions.AzureMonitorVariable]
            : options.AzureMonitorConnectionString;
        var otlp = options.OtlpEndpoint is not null || standardOtlp;
        if (!otlp && string.IsNullOrWhiteSpace(azureMonitor))
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                // First, so no exporter ever sees a tag it should not.
                .AddProcessor(new PersonalTagFilter())
                .AddSource(CoachBotTelemetry.Name, ChatClientFactory.TelemetrySource)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(Meters));

        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(options.OtlpProtocol, endpoint);
        }
        else if (standardOtlp)
        {
            // The SDK reads OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL and _HEADERS itself.
            telemetry.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(azureMonitor))
        {
            telemetry
                .WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(exporter =>
                {
                    exporter.ConnectionString = azureMonitor;
                    // Live Metrics streams sample documents past the export pipeline; this exporter does not run it anyway.
                    exporter.EnableLiveMetrics = false;
                    exporter.TracesPerSecond = options.AzureMonitorTracesPerSecond > 0 ? options.AzureMonitorTracesPerSecond : null;
                    exporter.SamplingRatio = 1f;
                }))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(exporter =>
                {
                    exporter.ConnectionString = azureMonitor;
                    exporter.EnableLiveMetrics = false;
                }));
        }

        return builder;
    }
}
