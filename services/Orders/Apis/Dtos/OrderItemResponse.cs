using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Apis.Dtos;

/// <summary>The original's order line: <c>price</c> is the unit price the order was placed at; lines are created with their order.</summary>
public sealed record OrderItemResponse(
    long Id, int OrderId, int InventoryId, int Quantity, decimal Price, DateTimeOffset CreatedAt, string ProductName, string Sku)
{
    public static OrderItemResponse From(Order order, OrderLine line) =>
        new(line.Id, order.Id, line.ProductId, line.Quantity, line.UnitPrice, order.CreatedAt, line.ProductName, line.Sku);
}
