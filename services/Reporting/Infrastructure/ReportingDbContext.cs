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
}
