using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Customer events carry the whole customer, so the newest one (by when it happened) wins.</summary>
public sealed class CustomerCreatedConsumer(ReportingDbContext db, ILogger<CustomerCreatedConsumer> logger)
    : IdempotentBatchConsumer<CustomerCreated, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<CustomerCreated> messages, CancellationToken cancellationToken) =>
        CustomerRows.AddAllAsync(Db, messages[0].TenantId, messages.Select(m => (m.CustomerId, m.Name)), cancellationToken);

    protected override async Task HandleAsync(CustomerCreated message, CancellationToken cancellationToken)
    {
        var customer = await CustomerRows.FindOrAddAsync(Db, message.TenantId, message.CustomerId, message.Name, cancellationToken);
        customer.CreatedAt = message.OccurredAt;
        CustomerRows.Apply(customer, message.Name, message.Email, message.Phone, message.Address, message.OccurredAt);
    }
}
