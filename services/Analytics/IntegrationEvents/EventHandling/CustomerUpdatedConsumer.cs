using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class CustomerUpdatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<CustomerUpdatedConsumer> logger)
    : ProjectingBatchConsumer<CustomerUpdated>(db, projector, logger)
{
    protected override int? CustomerOf(CustomerUpdated message) => message.CustomerId;
}
