using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class CustomerUpdatedConsumer(ReportingDbContext db, ILogger<CustomerUpdatedConsumer> logger)
    : IdempotentBatchConsumer<CustomerUpdated, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<CustomerUpdated> messages, CancellationToken cancellationToken) =>
        CustomerRows.AddAllAsync(Db, messages[0].TenantId, messages.Select(m => (m.CustomerId, m.Name)), cancellationToken);

    protected override async Task HandleAsync(CustomerUpdated message, CancellationToken cancellationToken)
    {
        var customer = await CustomerRows.FindOrAddAsync(Db, message.TenantId, message.CustomerId, message.Name, cancellationToken);
        CustomerRows.Apply(customer, message.Name, message.Email, message.Phone, message.Address, message.OccurredAt);
    }
}
