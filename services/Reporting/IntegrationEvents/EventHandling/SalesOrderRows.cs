using Microsoft.EntityFrameworkCore;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Reporting's confirmed orders, as the payment events find them.</summary>
internal static class SalesOrderRows
{
    /// <summary>
    /// A payment follows its order's confirmation; if the confirmation has not arrived yet, failing sends the
    /// payment event back for a retry instead of losing it.
    /// </summary>
    public static async Task<SalesOrder> FindOrderAsync(ReportingDbContext db, int orderId, CancellationToken cancellationToken) =>
        await db.SalesOrders.FirstOrDefaultAsync(o => o.OrderId == orderId, cancellationToken)
        ?? throw new InvalidOperationException($"Order {orderId} is not confirmed in Reporting yet");
}
