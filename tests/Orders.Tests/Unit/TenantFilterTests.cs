using Microsoft.EntityFrameworkCore;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Tests.Unit;

/// <summary>The automatic tenant filter of <see cref="ServiceDbContext"/>, seen in the SQL it adds; no database needed.</summary>
public class TenantFilterTests
{
    [Fact]
    public void Every_tenant_owned_entity_is_read_for_the_current_store_only()
    {
        using var db = new OrdersDbContext(Options<OrdersDbContext>(), StoreNumber(7));
        var owned = db.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();
        Assert.Equal(5, owned.Count);
        foreach (var entity in owned)
        {
            var sql = QueryOf(db, entity.ClrType);
            Assert.Matches(@"(?is)WHERE .*tenant_?id"" = @ef_filter__CurrentTenantId", sql);
            Assert.Contains("='7'", sql, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_context_filters_for_its_own_store()
    {
        using var first = new OrdersDbContext(Options<OrdersDbContext>(), StoreNumber(1));
        using var second = new OrdersDbContext(Options<OrdersDbContext>(), StoreNumber(2));

        Assert.Contains("='1'", first.Orders.ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("='2'", second.Orders.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_without_a_store_matches_no_row()
    {
        using var db = new OrdersDbContext(Options<OrdersDbContext>(), new TenantContext());
        Assert.Contains("='-1'", db.Customers.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_with_a_tenant_id_but_no_marker_is_refused()
    {
        using var db = new ForgetfulContext(Options<ForgetfulContext>(), StoreNumber(1));
        var error = Assert.Throws<InvalidOperationException>(() => db.Model);
        Assert.Contains(nameof(UnmarkedRow), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_marked_as_read_across_stores_gets_no_filter()
    {
        using var db = new ExemptContext(Options<ExemptContext>(), StoreNumber(1));
        Assert.DoesNotContain("ef_filter", db.Rows.ToQueryString(), StringComparison.Ordinal);
    }

    private static string QueryOf(DbContext db, Type entity)
    {
        var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity).Invoke(db, null)!;
        return (string)typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.ToQueryString))!
            .Invoke(null, [set])!;
    }

    private static TenantContext StoreNumber(int id)
    {
        var tenant = new TenantContext();
        tenant.Use(id);
        return tenant;
    }

    // Never connects: the SQL is only generated.
    private static DbContextOptions<T> Options<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql("Host=127.0.0.1;Database=none").Options;

    private sealed class UnmarkedRow
    {
        public int Id { get; set; }
        public int TenantId { get; set; }
    }

    [NotTenantFiltered("read across stores in this test")]
    private sealed class ExemptRow
    {
        public int Id { get; set; }
        public int TenantId { get; set; }
    }

    private sealed class ForgetfulContext(DbContextOptions<ForgetfulContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
    {
        public DbSet<UnmarkedRow> Rows => Set<UnmarkedRow>();
        protected override string Schema => "forgetful";
    }

    private sealed class ExemptContext(DbContextOptions<ExemptContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
    {
        public DbSet<ExemptRow> Rows => Set<ExemptRow>();
        protected override string Schema => "exempt";
    }
}
