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
}
