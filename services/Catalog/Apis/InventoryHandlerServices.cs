using QommerceHub.Catalog.Infrastructure;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Catalog.Apis;

/// <summary>What most inventory endpoints need, bound in one parameter (eShop's CatalogServices shape).</summary>
public sealed record InventoryHandlerServices(CatalogDbContext Db, TenantContext Tenant)
{
    /// <summary>Who a ledger row names: the signed-in user of the token.</summary>
    public string Actor => Tenant.UserId is { } id ? $"user:{id}" : Tenant.Email ?? "unknown";
}
