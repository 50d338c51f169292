using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Maintenance;
using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Testing;
using static QommerceHub.Analytics.Tests.Support.SalesJson;

namespace QommerceHub.Analytics.Tests.Service;

/// <summary>The operator's rebuild (replay from the event log) and consistency check.</summary>
public sealed class MaintenanceTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Check_passes_on_a_live_read_model_and_names_a_tampered_bucket()
    {
        var store = await SeedAsync();
        Assert.Equal((0, $"tenant {store.TenantId}: read model consistent"), await RunAsync("check", "--tenant", $"{store.TenantId}"));

        await AsStoreAsync(store, db => db.Database.ExecuteSqlAsync(
            $"UPDATE analytics.sales_buckets SET revenue = revenue + 1 WHERE tenant_id = {store.TenantId}"));
        var (exitCode, output) = await RunAsync("check", "--tenant", $"{store.TenantId}");

        Assert.Equal(1, exitCode);
        Assert.Contains("discrepancies", output, StringComparison.Ordinal);
        Assert.Contains("bucket", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_replays_the_event_log_into_the_same_figures()
    {
        var store = await SeedAsync();
        var windowed = (await store.SalesAsync("days=30")).ToJsonString();
        var custom = (await store.SalesAsync("from=2025-03-01&to=2025-03-31&tz=Europe/Berlin")).ToJsonString();
        var inventory = (await store.InventoryAsync()).ToJsonString();

        await AsStoreAsync(store, async db =>
        {
            await db.SalesBuckets.ExecuteDeleteAsync();
            return await db.Products.ExecuteUpdateAsync(p => p.SetProperty(x => x.OnHand, 999));
        });
        var (exitCode, output) = await RunAsync("rebuild", "--tenant", $"{store.TenantId}");

        Assert.Equal(0, exitCode);
        Assert.Equal($"tenant {store.TenantId}: read model rebuilt from 13 logged events (4 orders settled)", output);
        Assert.Equal(windowed, (await store.SalesAsync("days=30")).ToJsonString());
        Assert.Equal(custom, (await store.SalesAsync("from=2025-03-01&to=2025-03-31&tz=Europe/Berlin")).ToJsonString());
        Assert.Equal(inventory, (await store.InventoryAsync()).ToJsonString());
        Assert.Equal(0, (await RunAsync("check", "--tenant", $"{store.TenantId}")).ExitCode);
    }

    [Theory]
    [InlineData("rebuild")]
    [InlineData("check", "--tenant", "zero")]
    [InlineData("check", "--tenant", "0")]
    public async Task A_command_without_a_valid_tenant_prints_its_usage(params string[] args)
    {
        Assert.Equal((2, MaintenanceCommands.Usage), await RunAsync(args));
    }

    /// <summary>Orders this month and in March 2025, one cancelled before its confirm, one refunded, plus stock.</summary>
    private async Task<StoreDriver> SeedAsync()
    {
        var store = NewStore();
        var e = store.Events;
        var recent = Host.Clock.GetUtcNow().AddDays(-3);
        await store.PublishAsync(
            e.Product(1, "Jam", 4.00m, onHand: 12, threshold: 3),
            e.Stock(1, onHand: 2, reserved: 1, ledgerEntryId: 3),
            e.Customer(1, "Ada"),
            e.Order(1, 1, "Ada", recent, new Line(1, "Jam", 3, 4.00m)),
            e.Status(1, "pending", "processing"),
            e.Cancellation(2),
            e.Order(2, 1, "Ada", recent.AddHours(-5), new Line(1, "Jam", 1, 4.00m)),
            e.Order(3, 2, "Ben", At("2025-03-30T22:30:00Z"), new Line(1, "Jam", 5, 4.00m)),
            e.Order(4, 2, "Ben", At("2025-03-30T23:30:00Z"), new Line(1, "Jam", 2, 4.00m)),
            e.Refund(4, 3.00m),
            e.Status(4, "pending", "processing"),
            e.Status(4, "processing", "completed"),
            e.Customer(2, "Ben"));
        return store;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        await using var output = new StringWriter();
        var exitCode = await MaintenanceCommands.RunAsync(Host.Factory.Services, args, output, CancellationToken.None);
        return (exitCode, output.ToString().Trim());
    }

    /// <summary>Changes the store's rows behind the projections' back, as a bug or a manual edit would.</summary>
    private async Task AsStoreAsync(StoreDriver store, Func<AnalyticsDbContext, Task<int>> change)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        db.Tenant.Use(store.TenantId);
        await change(db);
    }
}
