using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Catalog.Infrastructure;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public const string SchemaName = "catalog";

    public DbSet<Product> Products => Set<Product>();
    public DbSet<StockLedgerEntry> StockLedger => Set<StockLedgerEntry>();
    public DbSet<StockReservation> StockReservations => Set<StockReservation>();
    public DbSet<StockReservationLine> StockReservationLines => Set<StockReservationLine>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // First guard of tenant isolation; PostgreSQL row-level security is the second.
        modelBuilder.Entity<Product>().HasQueryFilter(p => p.TenantId == CurrentTenantId);
        modelBuilder.Entity<StockLedgerEntry>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<StockReservation>().HasQueryFilter(r => r.TenantId == CurrentTenantId);
        modelBuilder.Entity<StockReservationLine>().HasQueryFilter(l => l.TenantId == CurrentTenantId);
    }
}
