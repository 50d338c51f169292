using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class CustomerCreatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<CustomerCreatedConsumer> logger)
    : ProjectingBatchConsumer<CustomerCreated>(db, projector, logger)
{
    protected override int? CustomerOf(CustomerCreated message) => message.CustomerId;
}

public sealed class CustomerUpdatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<CustomerUpdatedConsumer> logger)
    : ProjectingBatchConsumer<CustomerUpdated>(db, projector, logger)
{
    protected override int? CustomerOf(CustomerUpdated message) => message.CustomerId;
}

public sealed class CustomerDeletedConsumer(AnalyticsDbContext db, Projector projector, ILogger<CustomerDeletedConsumer> logger)
    : ProjectingBatchConsumer<CustomerDeleted>(db, projector, logger)
{
    protected override int? CustomerOf(CustomerDeleted message) => message.CustomerId;
}
