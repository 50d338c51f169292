using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Messaging;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.ServiceDefaults.Data;

/// <summary>
/// Base of every service's DbContext: its own schema, the outbox and inbox tables,
/// and the current tenant for global query filters.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options, TenantContext tenant) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public TenantContext Tenant => tenant;

    /// <summary>Used by query filters; -1 matches no row when no tenant is set.</summary>
    protected int CurrentTenantId => tenant.TenantId ?? -1;

    protected abstract string Schema { get; }

    /// <summary>Queues an event in the outbox; it is published only if this unit of work commits.</summary>
    public void Publish<TEvent>(TEvent message) where TEvent : IntegrationEvent =>
        OutboxMessages.Add(OutboxMessage.From(message));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        FilterTenantOwnedRows(modelBuilder);
    }

    /// <summary>
    /// First guard of tenant isolation, for every <see cref="ITenantOwned"/> entity; PostgreSQL row-level security is
    /// the second. The filter reads <see cref="CurrentTenantId"/> of the context running the query.
    /// </summary>
    private void FilterTenantOwnedRows(ModelBuilder modelBuilder)
    {
        var currentTenantId = Expression.Property(Expression.Constant(this), typeof(ServiceDbContext)
            .GetProperty(nameof(CurrentTenantId), BindingFlags.Instance | BindingFlags.NonPublic)!);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()).ToList())
        {
            var type = entity.ClrType;
            if (typeof(ITenantOwned).IsAssignableFrom(type))
            {
                var row = Expression.Parameter(type, "row");
                var sameTenant = Expression.Equal(Expression.Property(row, nameof(ITenantOwned.TenantId)), currentTenantId);
                modelBuilder.Entity(type).HasQueryFilter(Expression.Lambda(sameTenant, row));
            }
            else if (entity.FindProperty(nameof(ITenantOwned.TenantId)) is not null
                     && type.GetCustomAttribute<NotTenantFilteredAttribute>() is null)
            {
                throw new InvalidOperationException(
                    $"{type.Name} has a TenantId but is neither ITenantOwned (filtered to the current store) nor marked [NotTenantFiltered(reason)]");
            }
        }
    }
}
