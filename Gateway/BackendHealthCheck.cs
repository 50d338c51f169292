using Microsoft.Extensions.Diagnostics.HealthChecks;
using QommerceHub.ServiceDefaults.Health;

namespace QommerceHub.Gateway;

/// <summary>
/// The gateway's <c>/health</c> is what a client of the original API calls to ask "is the shop up?", so it answers for
/// the whole system: healthy when every service behind it reports its own database and broker ready. Orchestrators
/// keep probing each service's own <c>/health</c> and <c>/alive</c>, and the gateway's <c>/alive</c> for the gateway itself.
/// </summary>
public sealed class BackendHealthCheck(IConfiguration configuration) : IHealthCheck
{
    // Its own client: the default resilience handler's retries would make a down service look slow, not down. A down
    // service refuses at once; the timeout is for a hung one, and leaves room for a busy machine, where a healthy
    // service's own checks (a database round trip, the bus) were seen taking up to 9 s.
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(8);
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = ProbeTimeout };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var services = ServicesToProbe();
        var states = await Task.WhenAll(services.Select(async s => (s.Name, Ok: await AnswersOkAsync(s.Address, cancellationToken))));
        var data = states.ToDictionary(s => s.Name, s => (object)(s.Ok ? "ok" : "unreachable"));
        return states.All(s => s.Ok)
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Unhealthy("Not ready: " + string.Join(", ", states.Where(s => !s.Ok).Select(s => s.Name)), data: data);
    }

    public static IHealthChecksBuilder AddTo(IHealthChecksBuilder checks) =>
        checks.AddCheck<BackendHealthCheck>("services", tags: [ServiceDefaults.Extensions.ReadyTag, HealthAnswer.DatabaseTag]);

    /// <summary>Every cluster of the proxy: the services the orchestrator told the gateway about.</summary>
    private List<(string Name, string Address)> ServicesToProbe() =>
        configuration.GetSection("ReverseProxy:Clusters").GetChildren()
            .Select(c => (Name: c.Key, Address: c["Destinations:primary:Address"]))
            .Where(c => !string.IsNullOrEmpty(c.Address))
            .Select(c => (c.Name, Address: c.Address!))
            .ToList();

    private static async Task<bool> AnswersOkAsync(string address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(new Uri(address), "/health"), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
