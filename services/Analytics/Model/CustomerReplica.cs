using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>
/// Analytics' copy of an Orders customer, for names in the top-customers list. The newest change wins;
/// deleting is final. A placeholder named by an order waits for the customer's own events.
/// </summary>
public sealed class CustomerReplica : ITenantOwned
{
    public int TenantId { get; set; }
    public int CustomerId { get; set; }
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public bool IsDeleted { get; set; }
    /// <summary>When the applied customer event happened; null for a placeholder.</summary>
    public DateTimeOffset? ChangedAt { get; set; }

    public bool Apply(DateTimeOffset occurredAt, string name, string? email)
    {
        if (ChangedAt is { } current && occurredAt < current) return false;
        ChangedAt = occurredAt.ToUniversalTime();
        Name = name;
        Email = email;
        return true;
    }
}
