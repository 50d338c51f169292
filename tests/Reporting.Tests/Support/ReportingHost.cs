using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Support;

/// <summary>
/// Starts Reporting once for the test run (start-up and migrations are the slow part) and records the documents it
/// announces, as Notifications would receive them. Started lazily because a collection fixture cannot receive the
/// infrastructure fixture.
/// </summary>
public sealed class ReportingHost : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConcurrentQueue<InvoiceIssued> issued = new();
    private ServiceFactory<ReportingService>? factory;
    private HostReceiveEndpointHandle? listener;

    public ServiceFactory<ReportingService> Factory => factory ?? throw new InvalidOperationException("Call StartAsync first");
    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    public async Task StartAsync(InfrastructureFixture infrastructure)
    {
        await gate.WaitAsync();
        try
        {
            if (factory is not null) return;
            // No outbound calls from tests: MassTransit's usage telemetry is off.
            Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
            var started = infrastructure.CreateService<ReportingService>("reporting");
            _ = started.Server; // builds the host: migrations run, the bus starts
            // Events published before the service's queues are bound would be dropped by the broker.
            await started.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
            listener = started.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint(
                new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance,
                endpoint => endpoint.Handler<InvoiceIssued>(context =>
                {
                    issued.Enqueue(context.Message);
                    return Task.CompletedTask;
                }));
            await listener.Ready;
            factory = started;
        }
        finally
        {
            gate.Release();
        }
    }

    public IReadOnlyList<InvoiceIssued> IssuedFor(int tenantId) => issued.Where(e => e.TenantId == tenantId).ToList();

    public async ValueTask DisposeAsync()
    {
        if (listener is not null) await listener.StopAsync();
        if (factory is not null) await factory.DisposeAsync();
        gate.Dispose();
    }
}
