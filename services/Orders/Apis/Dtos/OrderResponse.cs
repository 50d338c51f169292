using System.Text.Json.Serialization;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Apis.Dtos;

public sealed record OrderItemResponse(int InventoryId, string ProductName, int Quantity, decimal Price);

public sealed record ShortfallResponse(int InventoryId, int Requested, int Available);

/// <summary>The seed's order fields plus the saga's stock and payment state. Items and shortfalls appear only where they apply.</summary>
public sealed record OrderResponse(
    int Id,
    int CustomerId,
    string CustomerName,
    decimal TotalAmount,
    string Currency,
    string Status,
    string? Notes,
    string StockStatus,
    string PaymentStatus,
    string? CancellationReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OrderItemResponse>? Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ShortfallResponse>? Shortfalls)
{
    public static OrderResponse Summary(Order o) => From(o, items: null);

    public static OrderResponse WithItems(Order o) =>
        From(o, o.Lines.OrderBy(l => l.Id).Select(l => new OrderItemResponse(l.ProductId, l.ProductName, l.Quantity, l.UnitPrice)).ToList());

    private static OrderResponse From(Order o, IReadOnlyList<OrderItemResponse>? items) => new(
        o.Id, o.CustomerId, o.CustomerName, o.TotalAmount, o.Currency, o.Status, o.Notes, o.StockStatus, o.PaymentStatus,
        o.CancellationReason, o.CreatedAt, o.UpdatedAt, items,
        o.Shortfalls.Count == 0 ? null : o.Shortfalls.Select(s => new ShortfallResponse(s.ProductId, s.Requested, s.Available)).ToList());
}
