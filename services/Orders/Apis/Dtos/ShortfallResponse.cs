using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Apis.Dtos;

/// <summary>Ours: a line Catalog could not hold, with what was asked for and what was left to sell.</summary>
public sealed record ShortfallResponse(int InventoryId, int Requested, int Available)
{
    public static ShortfallResponse From(StockShortfallLine line) => new(line.ProductId, line.Requested, line.Available);
}
