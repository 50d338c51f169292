namespace QommerceHub.Gateway.Security;

public static class Cors
{
    /// <summary>Only the configured web origins may call the API from a browser on another origin.</summary>
    public static IHostApplicationBuilder AddGatewayCors(this IHostApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "Idempotency-Key", "If-Match", "X-Correlation-Id")
            .WithExposedHeaders("ETag", "Retry-After", "X-Correlation-Id", "Location")));
        return builder;
    }
}
