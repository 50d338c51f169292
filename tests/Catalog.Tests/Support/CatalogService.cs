using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Support;

/// <summary>
/// One PostgreSQL + RabbitMQ and one Catalog instance per test collection, listening to what Catalog publishes.
/// It owns the infrastructure fixture so that Catalog stops before its broker and database do; disposed side
/// by side, the bus spent most of a test run's tail retrying a broker that was already gone.
/// </summary>
public sealed class CatalogService : IAsyncLifetime
{
    private readonly InfrastructureFixture infrastructure = new();
    private readonly string imagesRoot = Path.Combine(Path.GetTempPath(), "catalog-tests-images", Guid.NewGuid().ToString("N"));
    private ServiceFactory<CatalogServiceMarker>? factory;
    private BusEvents? events;

    public ServiceFactory<CatalogServiceMarker> Factory => factory ?? throw new InvalidOperationException("The collection has not started");
    public BusEvents Events => events ?? throw new InvalidOperationException("The collection has not started");
    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    public async Task InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        factory = infrastructure.CreateService<CatalogServiceMarker>("catalog", new Dictionary<string, string?> { ["Images:Root"] = imagesRoot });
        // Real Kestrel rather than TestServer, so request-size limits and multipart parsing behave as in production.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        events = await CatalogEvents.ListenAsync(Bus);
    }

    public async Task DisposeAsync()
    {
        if (events is not null) await events.DisposeAsync();
        if (factory is not null) await factory.DisposeAsync();
        await infrastructure.DisposeAsync();
        if (Directory.Exists(imagesRoot)) Directory.Delete(imagesRoot, recursive: true);
    }
}
