using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Invoices;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>
/// Confirmed orders enter the books and get their invoices, a batch of one store's orders in one transaction: the
/// store's invoice counter is locked once per batch instead of once per order, so invoices no longer queue behind
/// each other's rendering under load.
/// </summary>
public sealed class OrderConfirmedConsumer(ReportingDbContext db, InvoiceIssuer invoices, ILogger<OrderConfirmedConsumer> logger)
    : IdempotentBatchConsumer<OrderConfirmed, ReportingDbContext>(db, logger)
{
    /// <summary>The batch's orders already in the books, tracked, and which have an invoice: two queries, not two per order.</summary>
    protected override async Task PrepareAsync(IReadOnlyList<OrderConfirmed> messages, CancellationToken cancellationToken)
    {
        var orderIds = messages.Select(m => m.OrderId).Distinct().ToList();
        await Db.SalesOrders.Include(o => o.Lines).Where(o => orderIds.Contains(o.OrderId)).LoadAsync(cancellationToken);
        await invoices.FindInvoicedOrdersAsync(orderIds, cancellationToken);
    }

    protected override async Task HandleAsync(OrderConfirmed message, CancellationToken cancellationToken)
    {
        // Every order of the batch that is in the books was loaded by PrepareAsync; one confirmed twice in the batch (a
        // repeated event) is found among the batch's unsaved rows.
        var order = Db.SalesOrders.Local.FirstOrDefault(o => o.OrderId == message.OrderId);
        if (order is null)
        {
            order = NewSalesOrder(message);
            Db.SalesOrders.Add(order);
        }
        await invoices.IssueInvoiceAsync(order, message.MessageId, cancellationToken);
    }

    private static SalesOrder NewSalesOrder(OrderConfirmed message) => new()
    {
        TenantId = message.TenantId,
        OrderId = message.OrderId,
        CustomerId = message.CustomerId,
        CustomerName = message.CustomerName,
        CustomerEmail = message.CustomerEmail,
        CustomerAddress = message.CustomerAddress,
        TotalAmount = message.TotalAmount,
        Currency = message.Currency,
        PlacedAt = message.PlacedAt,
        ConfirmedAt = message.OccurredAt,
        StatusChangedAt = message.OccurredAt,
        Lines = message.Lines.Select((line, index) => new SalesOrderLine
        {
            TenantId = message.TenantId,
            OrderId = message.OrderId,
            LineNumber = index + 1,
            ProductId = line.ProductId,
            ProductName = line.ProductName,
            Quantity = line.Quantity,
            UnitPrice = line.UnitPrice,
        }).ToList(),
    };
}
