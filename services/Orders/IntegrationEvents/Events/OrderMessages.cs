using QommerceHub.Contracts;
using QommerceHub.Orders.Model;
using ContractLine = QommerceHub.Contracts.OrderLine;

namespace QommerceHub.Orders.IntegrationEvents.Events;

/// <summary>The events Orders publishes, built from the order's current state.</summary>
internal static class OrderMessages
{
    public static OrderPlaced Placed(Order order) => new()
    {
        TenantId = order.TenantId,
        OrderId = order.Id,
        CustomerId = order.CustomerId,
        Lines = Lines(order),
        TotalAmount = order.TotalAmount,
        Currency = order.Currency,
    };

    public static OrderConfirmed Confirmed(Order order) => new()
    {
        TenantId = order.TenantId,
        OrderId = order.Id,
        CustomerId = order.CustomerId,
        CustomerName = order.CustomerName,
        CustomerEmail = order.CustomerEmail,
        CustomerAddress = order.CustomerAddress,
        Lines = Lines(order),
        TotalAmount = order.TotalAmount,
        Currency = order.Currency,
        PlacedAt = order.CreatedAt,
    };

    public static OrderStatusChanged StatusChanged(Order order, string previousStatus) => new()
    {
        TenantId = order.TenantId,
        OrderId = order.Id,
        PreviousStatus = previousStatus,
        Status = order.Status,
        CustomerEmail = order.CustomerEmail,
        CustomerName = order.CustomerName,
    };

    /// <summary>Catalog releases the order's stock; Payments refunds when it was paid.</summary>
    public static OrderCancelled Cancelled(Order order) => new()
    {
        TenantId = order.TenantId,
        OrderId = order.Id,
        Reason = order.CancellationReason ?? CancellationReasons.CancelledByStore,
        WasPaid = order.IsPaid,
    };

    private static List<ContractLine> Lines(Order order) =>
        order.Lines.OrderBy(l => l.Id).Select(l => new ContractLine(l.ProductId, l.ProductName, l.Quantity, l.UnitPrice)).ToList();
}
