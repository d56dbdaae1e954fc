using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

public static class BotConnectorRegistration
{
    /// <summary>
    /// The outbound side of the Bot Framework channel: <see cref="ConnectorClient"/>, its named HttpClient
    /// (no redirects followed, the bot's token on every request) and <see cref="ConnectorTokens"/> with its
    /// own named HttpClient for the token service. Credentials come from <paramref name="configuration"/>
    /// (see <see cref="BotFrameworkOptions"/>) and are checked at start-up.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFrameworkOptions();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ConnectorTokens.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<ConnectorTokens>();
        services.AddTransient<ConnectorAuthenticationHandler>();

        // The Connector's timeouts are Polly's, on the app's TimeProvider (see ConnectorClient); the
        // HttpClient's own Timeout is only a backstop, never shorter than they are.
        services.AddHttpClient(ConnectorClient.HttpClientName, http =>
            {
                http.Timeout = ConnectorClient.TotalTimeout + TimeSpan.FromSeconds(30);
                http.MaxResponseContentBufferSize = ConnectorClient.MaxResponseBytes;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<ConnectorAuthenticationHandler>();
        // One client for the app's lifetime (its resilience pipeline is built once); handlers come pooled from the factory.
        services.AddSingleton<ConnectorClient>();
        return services;
    }
}
