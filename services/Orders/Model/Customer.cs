using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Model;

/// <summary>A store's customer. Deleting only hides it, so its orders keep their history.</summary>
public sealed class Customer : ITenantOwned
{
    public int Id { get; private set; }
    public int TenantId { get; init; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}
