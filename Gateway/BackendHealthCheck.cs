using Microsoft.Extensions.Diagnostics.HealthChecks;
using QommerceHub.ServiceDefaults.Health;

namespace QommerceHub.Gateway;

/// <summary>
/// The gateway's <c>/health</c> is what a client of the original API calls to ask "is the shop up?", so it answers for
/// the whole system: healthy when every service behind it reports its own database and broker ready. Orchestrators
/// keep probing each service's own <c>/health</c> and <c>/alive</c>, and the gateway's <c>/alive</c> for the gateway itself.
/// </summary>
public sealed class BackendHealthCheck(IConfiguration configuration, AnnouncedServices announcedServices) : IHealthCheck
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

    /// <summary>
    /// The services the orchestrator told the gateway about (<c>services__name__http__0</c>); with none, every cluster
    /// of the proxy configuration. A run with only some services started is healthy when those are.
    /// </summary>
    private List<(string Name, string Address)> ServicesToProbe()
    {
        var clusters = configuration.GetSection("ReverseProxy:Clusters").GetChildren()
            .Select(c => (Name: c.Key, Address: c[$"Destinations:primary:Address"]))
            .Where(c => !string.IsNullOrEmpty(c.Address))
            .Select(c => (c.Name, Address: c.Address!))
            .ToList();
        var announced = clusters.Where(c => announcedServices.Names.Contains(c.Name)).ToList();
        return announced.Count > 0 ? announced : clusters;
    }

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

/// <summary>The route clusters whose address came from <c>services__name__http__0</c> (see <see cref="ServiceRoutes"/>).</summary>
public sealed record AnnouncedServices(IReadOnlySet<string> Names);
