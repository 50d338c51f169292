using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class CustomerDeletedConsumer(ReportingDbContext db, ILogger<CustomerDeletedConsumer> logger)
    : IdempotentBatchConsumer<CustomerDeleted, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<CustomerDeleted> messages, CancellationToken cancellationToken) =>
        CustomerRows.AddAllAsync(Db, messages[0].TenantId, messages.Select(m => (m.CustomerId, "")), cancellationToken);

    protected override async Task HandleAsync(CustomerDeleted message, CancellationToken cancellationToken)
    {
        var customer = await CustomerRows.FindOrAddAsync(Db, message.TenantId, message.CustomerId, "", cancellationToken);
        customer.IsDeleted = true;
        if (message.OccurredAt > customer.UpdatedAt) customer.UpdatedAt = message.OccurredAt;
    }
}
