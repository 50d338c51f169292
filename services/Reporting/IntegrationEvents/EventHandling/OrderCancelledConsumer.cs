using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class OrderCancelledConsumer(ReportingDbContext db, ILogger<OrderCancelledConsumer> logger)
    : IdempotentConsumer<OrderCancelled, ReportingDbContext>(db, logger)
{
    protected override async Task HandleAsync(OrderCancelled message, CancellationToken cancellationToken)
    {
        var order = await Db.SalesOrders.FirstOrDefaultAsync(o => o.OrderId == message.OrderId, cancellationToken);
        if (order is null)
        {
            logger.LogInformation("Cancellation of unconfirmed order {OrderId} not reported", message.OrderId);
            return;
        }
        // Cancelled is final, whatever order the events arrive in.
        order.Status = OrderStatuses.Cancelled;
        order.CancellationReason = message.Reason;
        if (message.OccurredAt > order.StatusChangedAt) order.StatusChangedAt = message.OccurredAt;
    }
}
