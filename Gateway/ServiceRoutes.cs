namespace QommerceHub.Gateway;

public static class ServiceRoutes
{
    /// <summary>
    /// Routes and clusters come from the <c>ReverseProxy</c> configuration section; a cluster's address is taken
    /// from the Aspire-style <c>services__{cluster}__http__0</c> variable when present, so adding a service needs
    /// only configuration.
    /// </summary>
    public static IHostApplicationBuilder AddServiceRoutes(this IHostApplicationBuilder builder)
    {
        var overrides = new Dictionary<string, string?>();
        foreach (var cluster in builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var address = builder.Configuration[$"services:{cluster.Key}:http:0"];
            if (!string.IsNullOrEmpty(address))
                overrides[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:primary:Address"] = address;
        }
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddSingleton(new AnnouncedServices(overrides.Keys.Select(k => k.Split(':')[2]).ToHashSet()));
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }
}
