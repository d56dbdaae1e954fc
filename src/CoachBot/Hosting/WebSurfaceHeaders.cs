namespace CoachBot.Hosting;

/// <summary>
/// The headers every response carries: a strict Content Security Policy (the page's script and styles
/// are files of its own origin, nothing inline), no framing, no sniffing, no referrer; and API answers
/// are never cached, since they hold what a person said.
/// </summary>
public static class WebSurfaceHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication UseWebSurfaceHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/healthz"))
            {
                headers.CacheControl = "no-store";
            }

            return next(http);
        });
        return app;
    }
}
