namespace QommerceHub.Gateway;

public static class ServiceRoutes
{
    /// <summary>
    /// Routes and clusters come from the <c>ReverseProxy</c> configuration section; a cluster's address is taken
    /// from the Aspire-style <c>services__{cluster}__http__0</c> variable when present, so adding a service needs
    /// only configuration. Every cluster's OpenAPI document is routed the same way, so those routes are made here.
    /// </summary>
    public static IHostApplicationBuilder AddServiceRoutes(this IHostApplicationBuilder builder)
    {
        var addresses = new Dictionary<string, string?>();
        var documents = new Dictionary<string, string?>();
        foreach (var cluster in builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var address = builder.Configuration[$"services:{cluster.Key}:http:0"];
            if (!string.IsNullOrEmpty(address))
                addresses[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:primary:Address"] = address;
            foreach (var (key, value) in OpenApiRoute(cluster.Key))
                documents[$"ReverseProxy:Routes:openapi-{cluster.Key}:{key}"] = value;
        }

        builder.Configuration.AddInMemoryCollection(addresses.Concat(documents));
        builder.Services.AddSingleton(new AnnouncedServices(addresses.Keys.Select(k => k.Split(':')[2]).ToHashSet()));
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
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
