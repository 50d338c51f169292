using Scalar.AspNetCore;

namespace QommerceHub.Gateway;

public static class ApiDocs
{
    /// <summary>
    /// <c>/api-docs</c>: one interactive reference over every service's OpenAPI document, which the proxy serves
    /// at <c>/openapi/{service}.json</c>. The services are the proxy's clusters, so the list is not kept twice.
    /// </summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        var services = app.Configuration.GetSection("ReverseProxy:Clusters").GetChildren().Select(c => c.Key).ToArray();
        app.MapScalarApiReference("/api-docs", o => o
            .WithTitle("QommerceHub API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocuments(services))
            .AllowAnonymous();
        return app;
    }
}
