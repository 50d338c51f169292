namespace QommerceHub.Orders.Apis.Dtos;

/// <summary>
/// The seed's order body. Quantity is read as a number of any kind so 1.5 gets a field error rather than a parse error;
/// a <c>price</c> sent by the client is not even read.
/// </summary>
public sealed record PlaceOrderRequest(int? CustomerId, IReadOnlyList<PlaceOrderItem?>? Items, string? Notes);
