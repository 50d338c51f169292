using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class CustomerDeletedConsumer(AnalyticsDbContext db, Projector projector, ILogger<CustomerDeletedConsumer> logger)
    : ProjectingBatchConsumer<CustomerDeleted>(db, projector, logger)
{
    protected override int? CustomerOf(CustomerDeleted message) => message.CustomerId;
}
