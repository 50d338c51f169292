using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Messaging;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

/// <summary>
/// Services keep pooled connections without resetting them (<see cref="ServiceConnectionString"/>): row-level
/// security must still see the store of whoever uses the connection now, never the one before.
/// </summary>
public class PooledConnectionTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task A_connection_reused_from_the_pool_acts_for_its_new_store_only()
    {
        var (first, second) = await TwoStoresWithACustomerEachAsync();
        var connectionString = OnePooledConnection();

        var (firstBackend, firstNames) = await CustomerNamesAsync(connectionString, first.TenantId);
        var (secondBackend, secondNames) = await CustomerNamesAsync(connectionString, second.TenantId);
        var (noStoreBackend, noStoreNames) = await CustomerNamesAsync(connectionString, tenantId: null);

        Assert.Equal(firstBackend, secondBackend);
        Assert.Equal(firstBackend, noStoreBackend);
        Assert.Equal(["First Store's Customer"], firstNames);
        Assert.Equal(["Second Store's Customer"], secondNames);
        Assert.Empty(noStoreNames);
    }

    [Fact]
    public async Task A_consumer_on_a_connection_last_used_for_another_store_acts_for_its_message_store_only()
    {
        var (first, second) = await TwoStoresWithACustomerEachAsync();
        var connectionString = OnePooledConnection();
        // The one connection goes back to the pool still set for the first store.
        var (firstBackend, _) = await CustomerNamesAsync(connectionString, first.TenantId);

        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddScoped<TenantContext>()
            .AddScoped<TenantConnectionInterceptor>()
            .AddDbContext<OrdersDbContext>((sp, o) => o
                .UseNpgsql(connectionString)
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(sp.GetRequiredService<TenantConnectionInterceptor>()))
            .AddSingleton<SeenByConsumer>()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<CustomerNamesConsumer>())
            .BuildServiceProvider(validateScopes: true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new StoreProbe { TenantId = second.TenantId });

        Assert.True(await harness.Consumed.Any<StoreProbe>());
        Assert.False(await harness.Published.Any<Fault<StoreProbe>>());
        var seen = provider.GetRequiredService<SeenByConsumer>();
        Assert.Equal(firstBackend, seen.Backend);
        Assert.Equal(["Second Store's Customer"], seen.Names);
    }

    private async Task<(StoreDriver First, StoreDriver Second)> TwoStoresWithACustomerEachAsync()
    {
        var first = NewStore();
        var second = NewStore();
        await first.CreateCustomerAsync("First Store's Customer");
        await second.CreateCustomerAsync("Second Store's Customer");
        return (first, second);
    }

    /// <summary>One physical connection in the pool, so every context gets the same one back.</summary>
    private string OnePooledConnection() =>
        new NpgsqlConnectionStringBuilder(ServiceConnectionString.Tuned(Infrastructure.DatabaseFor("orders")))
        {
            MaxPoolSize = 1,
            ApplicationName = "pooled-connection-test",
        }.ConnectionString;

    /// <summary>
    /// What row-level security alone lets a context see: the query filter is switched off, so only
    /// <c>app.tenant_id</c> on the connection decides.
    /// </summary>
    private static async Task<(int Backend, List<string> Names)> CustomerNamesAsync(string connectionString, int? tenantId)
    {
        var tenant = new TenantContext();
        if (tenantId is { } id) tenant.Use(id);
        var options = new DbContextOptionsBuilder<OrdersDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new TenantConnectionInterceptor(tenant))
            .Options;
        await using var db = new OrdersDbContext(options, tenant);
        await db.Database.OpenConnectionAsync();
        var backend = ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
        var names = await db.Customers.IgnoreQueryFilters().Select(c => c.Name).ToListAsync();
        await db.Database.CloseConnectionAsync();
        return (backend, names);
    }
}

public sealed record StoreProbe : IntegrationEvent;

public sealed class SeenByConsumer
{
    public int Backend { get; set; }
    public List<string> Names { get; set; } = [];
}

/// <summary>Records what row-level security alone lets a consumer's unit of work see, and on which backend.</summary>
public sealed class CustomerNamesConsumer(OrdersDbContext db, SeenByConsumer seen, ILogger<CustomerNamesConsumer> logger)
    : IdempotentConsumer<StoreProbe, OrdersDbContext>(db, logger)
{
    protected override async Task HandleAsync(StoreProbe message, CancellationToken cancellationToken)
    {
        seen.Backend = ((NpgsqlConnection)Db.Database.GetDbConnection()).ProcessID;
        seen.Names = await Db.Customers.IgnoreQueryFilters().Select(c => c.Name).ToListAsync(cancellationToken);
    }
}
