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
    }
}
