using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

/// <summary>Refunds reduce the order's revenue.</summary>
public sealed class PaymentRefundedConsumer(AnalyticsDbContext db, Projector projector, ILogger<PaymentRefundedConsumer> logger)
    : ProjectingConsumer<PaymentRefunded>(db, projector, logger);
