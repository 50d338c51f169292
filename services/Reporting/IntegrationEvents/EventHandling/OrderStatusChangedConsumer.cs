using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Status changes of orders Reporting knows; orders that were never confirmed are not reported.</summary>
public sealed class OrderStatusChangedConsumer(ReportingDbContext db, ILogger<OrderStatusChangedConsumer> logger)
    : IdempotentConsumer<OrderStatusChanged, ReportingDbContext>(db, logger)
{
    protected override async Task HandleAsync(OrderStatusChanged message, CancellationToken cancellationToken)
    {
        var order = await Db.SalesOrders.FirstOrDefaultAsync(o => o.OrderId == message.OrderId, cancellationToken);
        if (order is null)
        {
            logger.LogInformation("Status of unconfirmed order {OrderId} not reported", message.OrderId);
            return;
        }
        if (message.OccurredAt < order.StatusChangedAt) return; // a late, older change
        order.Status = message.Status;
        order.StatusChangedAt = message.OccurredAt;
    }
}
