using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace QommerceHub.Testing.Hosting;

/// <summary>
/// One service started once for a test project's run (start-up and migrations are the slow part), on the
/// collection's infrastructure. It starts lazily, in the first test's <see cref="StartAsync"/>, because a collection
/// fixture cannot receive the infrastructure fixture; tests that come later find it running.
/// </summary>
public abstract class SharedServiceHost<TService> : IAsyncDisposable where TService : class
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private WebApplicationFactory<TService>? factory;

    public WebApplicationFactory<TService> Factory => factory ?? throw new InvalidOperationException("Call StartAsync first");
    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    public async Task StartAsync(InfrastructureFixture infrastructure)
    {
        await gate.WaitAsync();
        try
        {
            if (factory is not null) return;
            // No outbound calls from tests: MassTransit's usage telemetry is off.
            Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
            var started = Create(infrastructure);
            _ = started.Server; // builds the host: migrations run, the bus starts
            // Events published before the service's queues are bound would be dropped by the broker.
            await started.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
            await OnStartedAsync(started);
            factory = started;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The service with the settings its tests need (<see cref="InfrastructureFixture.CreateService{T}"/>).</summary>
    protected abstract WebApplicationFactory<TService> Create(InfrastructureFixture infrastructure);

    /// <summary>What the tests use beside the service once it runs: listeners, fakes, observers.</summary>
    protected virtual Task OnStartedAsync(WebApplicationFactory<TService> started) => Task.CompletedTask;

    /// <summary>Stops what <see cref="OnStartedAsync"/> started, before the service stops.</summary>
    protected virtual ValueTask OnStoppingAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await OnStoppingAsync();
            await factory.DisposeAsync();
        }
        gate.Dispose();
        GC.SuppressFinalize(this);
    }
}
