namespace QommerceHub.Gateway;

public static class ServiceRoutes
{
    /// <summary>
    /// The proxy's clusters are the services the orchestrator announces (<c>services__{name}__http__0</c>, which
    /// the AppHost's references and the manifests' ConfigMap set), so the list of services is kept only there. Each
    /// service brings its own routes (<c>services/{Name}/gateway-routes.json</c>, copied into <c>routes/</c> at build).
    /// Every cluster's OpenAPI document is routed the same way, so those routes are made here.
    /// </summary>
    public static IHostApplicationBuilder AddServiceRoutes(this IHostApplicationBuilder builder)
    {
        foreach (var file in RouteFiles())
            builder.Configuration.AddJsonFile(file, optional: false, reloadOnChange: false);

        var clusters = new Dictionary<string, string?>();
        foreach (var service in builder.Configuration.GetSection("services").GetChildren())
        {
            var address = builder.Configuration[$"services:{service.Key}:http:0"];
            if (string.IsNullOrEmpty(address)) continue;
            clusters[$"ReverseProxy:Clusters:{service.Key}:Destinations:primary:Address"] = address;
            foreach (var (key, value) in OpenApiRoute(service.Key))
                clusters[$"ReverseProxy:Routes:openapi-{service.Key}:{key}"] = value;
        }

        builder.Configuration.AddInMemoryCollection(clusters);
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }

    /// <summary>The services' route files beside the gateway's binaries, in a stable order.</summary>
    private static IEnumerable<string> RouteFiles()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "routes");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary><c>/openapi/{cluster}.json</c>, public, answered by the service's own <c>/openapi/v1.json</c>.</summary>
    private static IEnumerable<(string Key, string Value)> OpenApiRoute(string cluster) =>
    [
        ("ClusterId", cluster),
        ("Match:Path", $"/openapi/{cluster}.json"),
        ("AuthorizationPolicy", "anonymous"),
        ("RateLimiterPolicy", "public"),
        ("Transforms:0:PathSet", "/openapi/v1.json"),
    ];
}
