using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Model;

/// <summary>
/// Orders' replica of a Catalog product, fed by Catalog's events: the source of names and prices for new orders.
/// Details and the deleted flag carry separate versions, so events applied in any order converge on the latest state.
/// </summary>
public sealed class Product : ITenantOwned
{
    public const long NoVersion = -1;

    public int TenantId { get; init; }
    public int Id { get; init; }
    public string Name { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public decimal Price { get; private set; }
    public bool IsDeleted { get; private set; }
    /// <summary>Below any real version (Catalog counts from 0 or 1), so the first event always applies.</summary>
    public long DetailsVersion { get; private set; } = NoVersion;
    public long StateVersion { get; private set; } = NoVersion;

    /// <summary>A product known only from a delete or restore has no name or price yet and cannot be sold.</summary>
    public bool IsOrderable => DetailsVersion != NoVersion && !IsDeleted;

    public void ApplyDetails(string name, string sku, decimal price, long version)
    {
        if (version <= DetailsVersion) return;
        Name = name;
        Sku = sku;
        Price = price;
        DetailsVersion = version;
    }

    public void ApplyDeleted(bool deleted, long version)
    {
        if (version <= StateVersion) return;
        IsDeleted = deleted;
        StateVersion = version;
    }
}
