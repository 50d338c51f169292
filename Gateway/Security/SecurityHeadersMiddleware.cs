namespace QommerceHub.Gateway.Security;

/// <summary>helmet's default headers, with a stricter Content-Security-Policy (no inline script or style).</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string StrictPolicy =
        "default-src 'self'; base-uri 'self'; connect-src 'self'; font-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'self'; img-src 'self' data: blob:; media-src 'self' blob:; object-src 'none'; " +
        "script-src 'self'; script-src-attr 'none'; style-src 'self'";

    // The API reference page is third-party code with inline bootstrapping; it gets its own, looser policy.
    private const string ApiDocsPolicy =
        "default-src 'self'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'self'; " +
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? ApiDocsPolicy : StrictPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Origin-Agent-Cluster"] = "?1";
            headers["Referrer-Policy"] = "no-referrer";
            headers.StrictTransportSecurity = "max-age=15552000; includeSubDomains";
            headers.XContentTypeOptions = "nosniff";
            headers["X-DNS-Prefetch-Control"] = "off";
            headers["X-Download-Options"] = "noopen";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["X-Permitted-Cross-Domain-Policies"] = "none";
            headers.XXSSProtection = "0";
            headers.Remove("Server");
            // API answers carry tokens and personal data: no browser or shared cache keeps them, unless the
            // answer says otherwise (content-addressed images are immutable and may be kept).
            if (context.Request.Path.StartsWithSegments("/api") && string.IsNullOrEmpty(headers.CacheControl))
                headers.CacheControl = "no-store";
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
