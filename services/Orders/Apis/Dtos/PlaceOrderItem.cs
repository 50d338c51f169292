namespace QommerceHub.Orders.Apis.Dtos;

public sealed record PlaceOrderItem(int? InventoryId, decimal? Quantity);
