using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Customer events carry the whole customer, so the newest one (by when it happened) wins.</summary>
public sealed class CustomerCreatedConsumer(ReportingDbContext db, ILogger<CustomerCreatedConsumer> logger)
    : IdempotentBatchConsumer<CustomerCreated, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<CustomerCreated> messages, CancellationToken cancellationToken) =>
        CustomerEvents.AddAllAsync(Db, messages[0].TenantId, messages.Select(m => (m.CustomerId, m.Name)), cancellationToken);

    protected override async Task HandleAsync(CustomerCreated message, CancellationToken cancellationToken)
    {
        var customer = await CustomerEvents.FindOrAddAsync(Db, message.TenantId, message.CustomerId, message.Name, cancellationToken);
        customer.CreatedAt = message.OccurredAt;
        CustomerEvents.Apply(customer, message.Name, message.Email, message.Phone, message.Address, message.OccurredAt);
    }
}

public sealed class CustomerUpdatedConsumer(ReportingDbContext db, ILogger<CustomerUpdatedConsumer> logger)
    : IdempotentBatchConsumer<CustomerUpdated, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<CustomerUpdated> messages, CancellationToken cancellationToken) =>
        CustomerEvents.AddAllAsync(Db, messages[0].TenantId, messages.Select(m => (m.CustomerId, m.Name)), cancellationToken);

    protected override async Task HandleAsync(CustomerUpdated message, CancellationToken cancellationToken)
    {
        var customer = await CustomerEvents.FindOrAddAsync(Db, message.TenantId, message.CustomerId, message.Name, cancellationToken);
        CustomerEvents.Apply(customer, message.Name, message.Email, message.Phone, message.Address, message.OccurredAt);
    }
}

public sealed class CustomerDeletedConsumer(ReportingDbContext db, ILogger<CustomerDeletedConsumer> logger)
    : IdempotentBatchConsumer<CustomerDeleted, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<CustomerDeleted> messages, CancellationToken cancellationToken) =>
        CustomerEvents.AddAllAsync(Db, messages[0].TenantId, messages.Select(m => (m.CustomerId, "")), cancellationToken);

    protected override async Task HandleAsync(CustomerDeleted message, CancellationToken cancellationToken)
    {
        var customer = await CustomerEvents.FindOrAddAsync(Db, message.TenantId, message.CustomerId, "", cancellationToken);
        customer.IsDeleted = true;
        if (message.OccurredAt > customer.UpdatedAt) customer.UpdatedAt = message.OccurredAt;
    }
}

internal static class CustomerEvents
{
    public static async Task<Customer> FindOrAddAsync(ReportingDbContext db, int tenantId, int customerId, string name, CancellationToken cancellationToken)
    {
        // Batched events see the rows earlier ones added but have not saved yet.
        var customer = db.Customers.Local.FirstOrDefault(c => c.TenantId == tenantId && c.CustomerId == customerId)
            ?? await db.Customers.FirstOrDefaultAsync(c => c.CustomerId == customerId, cancellationToken);
        if (customer is not null) return customer;
        customer = new Customer { TenantId = tenantId, CustomerId = customerId, Name = name };
        db.Customers.Add(customer);
        return customer;
    }

    /// <summary>Tracks a batch's rows in one query and adds the missing ones, so each event then finds its row locally.</summary>
    public static async Task AddAllAsync(ReportingDbContext db, int tenantId, IEnumerable<(int Id, string Name)> customers, CancellationToken cancellationToken)
    {
        var wanted = customers.DistinctBy(c => c.Id).ToList();
        var ids = wanted.Select(c => c.Id).ToList();
        var known = (await db.Customers.Where(c => ids.Contains(c.CustomerId)).ToListAsync(cancellationToken)).Select(c => c.CustomerId).ToHashSet();
        foreach (var (id, name) in wanted.Where(c => !known.Contains(c.Id)))
            db.Customers.Add(new Customer { TenantId = tenantId, CustomerId = id, Name = name });
    }

    public static void Apply(Customer customer, string name, string? email, string? phone, string? address, DateTimeOffset at)
    {
        if (at < customer.UpdatedAt) return; // an older state arriving late
        customer.Name = name;
        customer.Email = email;
        customer.Phone = phone;
        customer.Address = address;
        customer.UpdatedAt = at;
        if (customer.CreatedAt == default) customer.CreatedAt = at;
    }
}
