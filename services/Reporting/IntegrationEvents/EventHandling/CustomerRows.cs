using Microsoft.EntityFrameworkCore;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Reporting's copy of the customers, found or added for the customer events.</summary>
internal static class CustomerRows
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
