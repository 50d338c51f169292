using System.Text.Json.Serialization;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Apis.Dtos;

/// <summary>
/// The original's order row (<c>GET /api/orders/:id</c>) first, then ours: currency, the saga's stock and payment
/// state, why it was cancelled. Items appear on a single order, shortfalls where stock was short.
/// </summary>
public sealed record OrderResponse(
    int Id,
    int TenantId,
    int CustomerId,
    string Status,
    decimal TotalAmount,
    string? Notes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string CustomerName,
    string? CustomerEmail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OrderItemResponse>? Items,
    string Currency,
    string StockStatus,
    string PaymentStatus,
    string? CancellationReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ShortfallResponse>? Shortfalls)
{
    public static OrderResponse Summary(Order o) => From(o, items: null);

    public static OrderResponse WithItems(Order o) =>
        From(o, o.Lines.OrderBy(l => l.Id).Select(l => OrderItemResponse.From(o, l)).ToList());

    private static OrderResponse From(Order o, IReadOnlyList<OrderItemResponse>? items) => new(
        o.Id, o.TenantId, o.CustomerId, o.Status, o.TotalAmount, o.Notes, o.CreatedAt, o.UpdatedAt, o.CustomerName, o.CustomerEmail,
        items, o.Currency, o.StockStatus, o.PaymentStatus, o.CancellationReason,
        o.Shortfalls.Count == 0 ? null : o.Shortfalls.Select(ShortfallResponse.From).ToList());
}
