using Microsoft.EntityFrameworkCore;
using Npgsql;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.ServiceDefaults.Data;
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
        var first = NewStore();
        var second = NewStore();
        await first.CreateCustomerAsync("First Store's Customer");
        await second.CreateCustomerAsync("Second Store's Customer");
        // One physical connection in the pool, so every context below gets the same one back.
        var connectionString = new NpgsqlConnectionStringBuilder(ServiceConnectionString.Tuned(Infrastructure.DatabaseFor("orders")))
        {
            MaxPoolSize = 1,
            ApplicationName = "pooled-connection-test",
        }.ConnectionString;

        var (firstBackend, firstNames) = await CustomerNamesAsync(connectionString, first.TenantId);
        var (secondBackend, secondNames) = await CustomerNamesAsync(connectionString, second.TenantId);
        var (noStoreBackend, noStoreNames) = await CustomerNamesAsync(connectionString, tenantId: null);

        Assert.Equal(firstBackend, secondBackend);
        Assert.Equal(firstBackend, noStoreBackend);
        Assert.Equal(["First Store's Customer"], firstNames);
        Assert.Equal(["Second Store's Customer"], secondNames);
        Assert.Empty(noStoreNames);
    }

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
