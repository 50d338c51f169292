using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QommerceHub.Contracts;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>
/// Analytics for the test run on a clock the tests control (it starts at the real time and moves only when a test
/// advances it), with an observer of what it consumed.
/// </summary>
public sealed class AnalyticsHost : SharedServiceHost<AnalyticsService>
{
    private ServiceFactory<AnalyticsService>? service;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public ConsumedMessages Consumed { get; private set; } = null!;

    protected override WebApplicationFactory<AnalyticsService> Create(InfrastructureFixture infrastructure)
    {
        service = infrastructure.CreateService<AnalyticsService>("analytics");
        return service.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
    }

    protected override Task OnStartedAsync(WebApplicationFactory<AnalyticsService> started)
    {
        Consumed = ConsumedMessages.Observe(started.Services.GetRequiredService<IBus>());
        return Task.CompletedTask;
    }

    protected override async ValueTask OnStoppingAsync()
    {
        Consumed.Dispose();
        if (service is not null) await service.DisposeAsync(); // and the clock-controlled factory made from it
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
    public HttpClient ClientFor(int tenantId, string role = "owner") =>
        Factory.ClientFor(tenantId, userId: 5, role: role, lifetime: TimeSpan.FromDays(60));
}
