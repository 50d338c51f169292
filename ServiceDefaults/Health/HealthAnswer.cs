using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace QommerceHub.ServiceDefaults.Health;

/// <summary>
/// The original API's health answer, <c>{status:"ok", time, database:"ok"}</c> (503 <c>{status:"degraded",
/// database:"unreachable"}</c>), written by every process's <c>/health</c>, with each check's state beside it.
/// </summary>
public static class HealthAnswer
{
    /// <summary>Checks that decide the <c>database</c> field: a service's own database, the gateway's view of the services.</summary>
    public const string DatabaseTag = "database";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var databaseDown = report.Entries.Values.Any(e => e.Tags.Contains(DatabaseTag) && e.Status == HealthStatus.Unhealthy);
        var answer = new Dictionary<string, object?>
        {
            ["status"] = report.Status == HealthStatus.Unhealthy ? "degraded" : "ok",
            ["time"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["database"] = databaseDown ? "unreachable" : "ok",
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => Describe(e.Value)),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(answer);
    }

    private static object Describe(HealthReportEntry entry) => entry.Data.Count == 0
        ? StateOf(entry.Status)
        : new Dictionary<string, object?>(entry.Data.Select(d => KeyValuePair.Create(d.Key, (object?)d.Value))) { ["status"] = StateOf(entry.Status) };

    private static string StateOf(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "degraded",
        _ => "unreachable",
    };
}
