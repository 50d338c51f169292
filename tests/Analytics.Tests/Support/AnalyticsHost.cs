using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>
/// Starts Analytics once for the test run on a clock the tests control (it starts at the real time and moves
/// only when a test advances it), and waits for its bus before anything is published. Started lazily because a
/// collection fixture cannot receive the infrastructure fixture.
/// </summary>
public sealed class AnalyticsHost : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ServiceFactory<AnalyticsService>? service;
    private WebApplicationFactory<AnalyticsService>? factory;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public ConsumedMessages Consumed { get; } = new();
    public WebApplicationFactory<AnalyticsService> Factory => factory ?? throw new InvalidOperationException("Call StartAsync first");
    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    public async Task StartAsync(InfrastructureFixture infrastructure)
    {
        await gate.WaitAsync();
        try
        {
            if (factory is not null) return;
            service = infrastructure.CreateService<AnalyticsService>("analytics");
            var started = service.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
            _ = started.Server; // builds the host: migrations run, the bus starts
            var bus = started.Services.GetRequiredService<IBusControl>();
            await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
            bus.ConnectConsumeObserver(Consumed);
            factory = started;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Publishes as the owning service would and waits until Analytics has finished with it.</summary>
    public async Task PublishAsync(IntegrationEvent message)
    {
        var before = Consumed.Count(message.MessageId);
        await Bus.Publish(message, message.GetType());
        await Eventually.Until(
            () => Task.FromResult(Consumed.Count(message.MessageId)),
            count => count > before,
            TimeSpan.FromSeconds(30),
            $"{message.GetType().Name} {message.MessageId} to be consumed{(Consumed.Fault(message.MessageId) is { } fault ? $" (last fault: {fault})" : "")}");
    }

    /// <summary>A client for the store, with a token that outlives any clock advance a test makes.</summary>
    public HttpClient ClientFor(int tenantId, string role = "owner")
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(tenantId, userId: 5, role: role, lifetime: TimeSpan.FromDays(60)));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        if (service is not null) await service.DisposeAsync();
        gate.Dispose();
    }
}
