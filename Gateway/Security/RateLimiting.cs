using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Gateway.Security;

/// <summary>
/// Policies named by the proxy routes: <c>auth</c> (fixed window per IP + email, the seed's 5 per 15 min),
/// <c>api</c> (token bucket per tenant), <c>token</c> (refresh and emailed-link calls, whose 256-bit secrets cannot be
/// guessed), <c>public</c> and <c>webhook</c> (fixed window per IP). All configurable.
/// </summary>
public static class RateLimiting
{
    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration.GetSection("RateLimits");
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy("auth", ctx => FixedWindow($"auth|{ctx.Request.Path}|{ClientIp(ctx)}|{ctx.Items[AuthRequestEmailReader.ItemKey]}", config.GetSection("Auth")));
            o.AddPolicy("token", ctx => FixedWindow($"token|{ClientIp(ctx)}", config.GetSection("Token")));
            o.AddPolicy("public", ctx => FixedWindow($"public|{ClientIp(ctx)}", config.GetSection("Public")));
            o.AddPolicy("webhook", ctx => FixedWindow($"webhook|{ClientIp(ctx)}", config.GetSection("Webhook")));
            o.AddPolicy("api", ctx => TokenBucket(TenantOrIp(ctx), config.GetSection("Api")));
            o.OnRejected = Reject;
        });
        return builder;
    }

    private static RateLimitPartition<string> FixedWindow(string key, IConfigurationSection section) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = section.GetValue("PermitLimit", 5),
            Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 900)),
            QueueLimit = 0,
        });

    private static RateLimitPartition<string> TokenBucket(string key, IConfigurationSection section) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = section.GetValue("TokenLimit", 200),
            TokensPerPeriod = section.GetValue("TokensPerPeriod", 100),
            ReplenishmentPeriod = TimeSpan.FromSeconds(section.GetValue("ReplenishmentSeconds", 1)),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string TenantOrIp(HttpContext ctx) =>
        ctx.User.FindFirst(TokenConventions.TenantIdClaim)?.Value is { } tenant ? $"tenant|{tenant}" : $"ip|{ClientIp(ctx)}";

    private static string ClientIp(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : 60;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiResults.Error(StatusCodes.Status429TooManyRequests,
            $"Too many requests. Please try again in {seconds} seconds.").ExecuteAsync(context.HttpContext);
    }
}
