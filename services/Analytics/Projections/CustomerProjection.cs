using QommerceHub.Analytics.Live;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Projections;

/// <summary>Orders' customer events: the newest change wins, and a deleted customer stays deleted.</summary>
public sealed class CustomerProjection(RowLocks rows)
{
    private static readonly SalesUpdate customerChanged = new("customer_changed");

    public async Task<SalesUpdate> ApplyAsync(CustomerCreated message, CancellationToken cancellationToken)
    {
        var customer = await rows.CustomerAsync(message.TenantId, message.CustomerId, cancellationToken);
        customer.Apply(message.OccurredAt, message.Name, message.Email);
        return customerChanged;
    }

    public async Task<SalesUpdate> ApplyAsync(CustomerUpdated message, CancellationToken cancellationToken)
    {
        var customer = await rows.CustomerAsync(message.TenantId, message.CustomerId, cancellationToken);
        customer.Apply(message.OccurredAt, message.Name, message.Email);
        return customerChanged;
    }

    public async Task<SalesUpdate> ApplyAsync(CustomerDeleted message, CancellationToken cancellationToken)
    {
        var customer = await rows.CustomerAsync(message.TenantId, message.CustomerId, cancellationToken);
        customer.IsDeleted = true;
        return customerChanged;
    }
}
