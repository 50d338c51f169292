using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Microsoft.AspNetCore.Http;
using QommerceHub.ServiceDefaults.Health;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.ServiceDefaults;

/// <summary>The basics every QommerceHub process shares (Aspire's ServiceDefaults shape).</summary>
public static class Extensions
{
    public const string ReadyTag = "ready";
    public const string LiveTag = "live";

    /// <summary>Readiness (database and broker reachable): what a load balancer or Kubernetes readiness probe asks.</summary>
    public const string HealthPath = "/health";

    /// <summary>Liveness (the process answers): what a Kubernetes liveness and startup probe asks.</summary>
    public const string AlivePath = "/alive";

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigureStructuredLogging();
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = builder.Configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? 1024 * 1024;
            // Naming the server software only helps an attacker pick exploits.
            o.AddServerHeader = false;
        });

        builder.Services.AddApiProblemDetails();
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddOpenApi(o => o.AddBearerTokenSecurity());
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Middleware in the order every service needs it, plus health and OpenAPI endpoints.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<TenantContextMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<TextInputMiddleware>();
        app.MapDefaultEndpoints();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // /health: ready (database and broker reachable), in the original API's JSON; /alive: the process answers.
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthAnswer.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) }).AllowAnonymous();
        // Only when no other endpoint matches, token or not: the original's 404 for unknown routes.
        app.MapFallback("{**path}", () => ApiResults.Error(StatusCodes.Status404NotFound, "Route not found")).AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static void ConfigureStructuredLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
    }

    private static void ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
        });

        var otel = builder.Services.AddOpenTelemetry()
            // Under Aspire, OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (instance id) name the resource, so the dashboard
            // links telemetry to it; the SDK reads them itself. Elsewhere the process is named after its application.
            .ConfigureResource(r =>
            {
                if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
                    r.AddService(builder.Environment.ApplicationName);
            })
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit"))
            .WithTracing(t => t
                .AddSource(builder.Environment.ApplicationName)
                .AddSource("MassTransit")
                // Without a listener the dispatcher's span is never created and each publish started a new root trace.
                .AddSource(QommerceHub.ServiceDefaults.Messaging.OutboxTracing.ActivitySourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx =>
                    !ctx.Request.Path.StartsWithSegments("/health") && !ctx.Request.Path.StartsWithSegments("/alive"))
                .AddHttpClientInstrumentation()
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
    }

    private static void AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
    }
}
