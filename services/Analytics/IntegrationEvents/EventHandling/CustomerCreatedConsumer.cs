using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class CustomerCreatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<CustomerCreatedConsumer> logger)
    : ProjectingBatchConsumer<CustomerCreated>(db, projector, logger)
{
    protected override int? CustomerOf(CustomerCreated message) => message.CustomerId;
}
