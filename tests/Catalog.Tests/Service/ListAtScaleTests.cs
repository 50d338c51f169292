using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Catalog.Services;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

/// <summary>The list's total comes from per-store counts, and search uses its trigram index under row-level security.</summary>
[Collection(InfrastructureFixture.Collection)]
public class ListAtScaleTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task The_total_follows_creates_imports_deletes_and_restores_exactly()
    {
        var store = NewStore();
        var other = NewStore();
        await other.CreateAsync();
        var first = await store.CreateAsync();
        await store.CreateAsync();
        await InventoryDriver.ReadAsync<ImportReport>(await store.ImportAsync($"{ImportTests.Header}\nMug,CNT-1,4,2.50,,\nPlate,CNT-2,0,3,,\n", dryRun: false), HttpStatusCode.Created);
        Assert.Equal(4, (await store.ListAsync()).Pagination.Total);

        Assert.Equal(HttpStatusCode.OK, (await store.Client.DeleteAsync($"/api/inventory/{first.Id}")).StatusCode);
        Assert.Equal((3, 4), ((await store.ListAsync()).Pagination.Total, (await store.ListAsync("?includeDeleted=true")).Pagination.Total));
        await store.PutAsync($"/api/inventory/{first.Id}/restore", new { });
        await store.AdjustAsync(first.Id, new { delta = -1, reason = "damaged" }); // a stock change moves no count
        Assert.Equal(4, (await store.ListAsync()).Pagination.Total);
        Assert.Equal(1, (await other.ListAsync()).Pagination.Total);
    }

    [Fact]
    public async Task An_exact_sku_or_barcode_match_comes_first()
    {
        var store = NewStore();
        await store.CreateAsync(ItemBuilder.Item(name: "Blue mug RANK-7 edition", sku: "RANK-70"));
        var exact = await store.CreateAsync(ItemBuilder.Item(name: "Plain mug", sku: "RANK-7"));
        await store.CreateAsync(ItemBuilder.Item(name: "Mug RANK-7 large", sku: "RANK-71"));

        var found = await store.ListAsync("?search=RANK-7&sortBy=name&sortOrder=asc");
        Assert.Equal(3, found.Pagination.Total);
        Assert.Equal(exact.Id, found.Items[0].Id);
    }

    [Fact]
    public async Task Search_uses_the_trigram_index_under_row_level_security()
    {
        var store = NewStore();
        var rows = string.Concat(Enumerable.Range(1, 2000).Select(i => $"Bowl {i},TRGM-{i},1,2.50,,\n"));
        await InventoryDriver.ReadAsync<ImportReport>(await store.ImportAsync($"{ImportTests.Header}\n{rows}", dryRun: false), HttpStatusCode.Created);
        await store.CreateAsync(ItemBuilder.Item(name: "Indexed teapot", sku: "TEA-1"));
        using var scope = Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(store.TenantId);
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await db.Database.OpenConnectionAsync();
        // No tenant condition in the text: row-level security adds it.
        await db.Database.ExecuteSqlRawAsync("ANALYZE catalog.products");
        // A test store is small; pricing each ILIKE evaluation as a big store's scan makes the planner weigh
        // the plans as it does at 100,000 items, where scanning the store's rows loses to the index.
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off; SET cpu_operator_cost = 1");
        var plan = string.Join('\n', await db.Database.SqlQueryRaw<string>("""
            EXPLAIN (ANALYZE, BUFFERS)
            SELECT id FROM catalog.products
            WHERE NOT is_deleted
              AND (name ILIKE '%teapot%' ESCAPE '\' OR sku ILIKE '%teapot%' ESCAPE '\' OR barcode ILIKE '%teapot%' ESCAPE '\')
            """).ToListAsync());

        var leakproof = await db.Database.SqlQueryRaw<bool>("SELECT proleakproof AS \"Value\" FROM pg_proc WHERE proname = 'texticlike'").SingleAsync();
        Assert.True(plan.Contains("ix_products_search", StringComparison.Ordinal), $"leakproof {leakproof}\n{plan}");
        var superuser = await db.Database.SqlQueryRaw<bool>("SELECT rolsuper AS \"Value\" FROM pg_roles WHERE rolname = current_user").SingleAsync();
        Assert.False(superuser); // the service's own role, which row-level security binds
    }
}
