using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Model;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Infrastructure;

public sealed class AnalyticsDbContext : ServiceDbContext
{
    public const string SchemaName = "analytics";

    public AnalyticsDbContext(DbContextOptions<AnalyticsDbContext> options, TenantContext tenant)
        : base(options, tenant)
    {
        // Every unit of work here runs in one explicit transaction that is committed or rolled back whole, so the
        // savepoint EF would add around each SaveChanges inside it is only extra round trips.
        Database.AutoSavepointsEnabled = false;
    }

    public DbSet<OrderFact> Orders => Set<OrderFact>();
    public DbSet<OrderLineFact> OrderLines => Set<OrderLineFact>();
    public DbSet<SalesBucket> SalesBuckets => Set<SalesBucket>();
    public DbSet<ProductReplica> Products => Set<ProductReplica>();
    public DbSet<CustomerReplica> Customers => Set<CustomerReplica>();
    public DbSet<RankingWindow> RankingWindows => Set<RankingWindow>();
    public DbSet<WindowProductTotal> WindowProductTotals => Set<WindowProductTotal>();
    public DbSet<WindowCustomerTotal> WindowCustomerTotals => Set<WindowCustomerTotal>();
    public DbSet<EventLogEntry> EventLog => Set<EventLogEntry>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // First guard of tenant isolation; PostgreSQL row-level security is the second. The event log is read
        // only by the operator's rebuild command, which walks every tenant.
        modelBuilder.Entity<OrderFact>().HasQueryFilter(o => o.TenantId == CurrentTenantId);
        modelBuilder.Entity<OrderLineFact>().HasQueryFilter(l => l.TenantId == CurrentTenantId);
        modelBuilder.Entity<SalesBucket>().HasQueryFilter(b => b.TenantId == CurrentTenantId);
        modelBuilder.Entity<ProductReplica>().HasQueryFilter(p => p.TenantId == CurrentTenantId);
        modelBuilder.Entity<CustomerReplica>().HasQueryFilter(c => c.TenantId == CurrentTenantId);
        modelBuilder.Entity<RankingWindow>().HasQueryFilter(w => w.TenantId == CurrentTenantId);
        modelBuilder.Entity<WindowProductTotal>().HasQueryFilter(t => t.TenantId == CurrentTenantId);
        modelBuilder.Entity<WindowCustomerTotal>().HasQueryFilter(t => t.TenantId == CurrentTenantId);
    }
}
