using Microsoft.EntityFrameworkCore;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Infrastructure;

public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public const string SchemaName = "orders";

    private readonly List<Action> afterCommit = [];

    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    protected override string Schema => SchemaName;

    /// <summary>Runs <paramref name="action"/> once the current transaction has committed, never if it rolls back.</summary>
    public void OnCommitted(Action action) => afterCommit.Add(action);

    internal void TransactionEnded(bool committed)
    {
        var actions = afterCommit.ToArray();
        afterCommit.Clear();
        if (!committed) return;
        foreach (var action in actions) action();
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(AfterCommitInterceptor.Instance);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // First guard of tenant isolation; PostgreSQL row-level security is the second.
        modelBuilder.Entity<Customer>().HasQueryFilter(c => c.TenantId == CurrentTenantId);
        modelBuilder.Entity<Order>().HasQueryFilter(o => o.TenantId == CurrentTenantId);
        modelBuilder.Entity<OrderLine>().HasQueryFilter(l => l.TenantId == CurrentTenantId);
        modelBuilder.Entity<Product>().HasQueryFilter(p => p.TenantId == CurrentTenantId);
        modelBuilder.Entity<IdempotencyRecord>().HasQueryFilter(k => k.TenantId == CurrentTenantId);
    }
}
