using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace QommerceHub.SystemTests.Aspire;

/// <summary>The Aspire dashboard's telemetry API (<c>/api/telemetry</c>, OTLP JSON), as the dashboard's trace view reads it.</summary>
internal sealed class DashboardTraces(HttpClient http, Uri dashboard)
{
    /// <summary>The services (OTLP <c>service.name</c>) that recorded a span of the trace so far.</summary>
    public async Task<IReadOnlySet<string>> ServicesInAsync(string traceId)
    {
        using var response = await http.GetAsync(new Uri(dashboard, $"/api/telemetry/traces/{traceId}"));
        if (!response.IsSuccessStatusCode) return new HashSet<string>();
        var trace = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (trace?["data"]?["resourceSpans"]?.AsArray() ?? [])
            .SelectMany(spans => spans!["resource"]!["attributes"]!.AsArray())
            .Where(attribute => attribute!["key"]!.GetValue<string>() == "service.name")
            .Select(attribute => attribute!["value"]!["stringValue"]!.GetValue<string>())
            .ToHashSet();
    }
}
