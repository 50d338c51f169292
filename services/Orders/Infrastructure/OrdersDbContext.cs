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
}
