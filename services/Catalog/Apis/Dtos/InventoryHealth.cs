namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>The original's anonymous <c>GET /api/inventory/health</c> answer.</summary>
public sealed record InventoryHealth(string Message)
{
    public static readonly InventoryHealth Healthy = new("Inventory service healthy");
}
