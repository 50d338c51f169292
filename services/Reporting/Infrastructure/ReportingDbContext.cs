using Microsoft.EntityFrameworkCore;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Infrastructure;

/// <summary>Reporting's read model (orders, items, customers, stores) and its issued documents.</summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public const string SchemaName = "reporting";

    public DbSet<SalesOrder> SalesOrders => Set<SalesOrder>();
    public DbSet<SalesOrderLine> SalesOrderLines => Set<SalesOrderLine>();
    public DbSet<InventoryItem> InventoryItems => Set<InventoryItem>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<StoreProfile> StoreProfiles => Set<StoreProfile>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<DocumentCounter> DocumentCounters => Set<DocumentCounter>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // First guard of tenant isolation; PostgreSQL row-level security is the second.
        modelBuilder.Entity<SalesOrder>().HasQueryFilter(o => o.TenantId == CurrentTenantId);
        modelBuilder.Entity<SalesOrderLine>().HasQueryFilter(l => l.TenantId == CurrentTenantId);
        modelBuilder.Entity<InventoryItem>().HasQueryFilter(i => i.TenantId == CurrentTenantId);
        modelBuilder.Entity<Customer>().HasQueryFilter(c => c.TenantId == CurrentTenantId);
        modelBuilder.Entity<StoreProfile>().HasQueryFilter(p => p.TenantId == CurrentTenantId);
        modelBuilder.Entity<Invoice>().HasQueryFilter(i => i.TenantId == CurrentTenantId);
        modelBuilder.Entity<DocumentCounter>().HasQueryFilter(c => c.TenantId == CurrentTenantId);
    }
}
