namespace QommerceHub.ServiceDefaults.Tenancy;

/// <summary>
/// The tenant (store) this request or message acts for. Set only from the validated token's
/// <c>tenant_id</c> claim or from a message's TenantId, never from client-controlled input.
/// </summary>
public sealed class TenantContext
{
    public int? TenantId { get; private set; }
    public int? UserId { get; private set; }
    public string? Role { get; private set; }
    public string? Email { get; private set; }

    /// <summary>The tenant id, for code that only runs for an authenticated tenant.</summary>
    public int Id => TenantId ?? throw new InvalidOperationException("No tenant in this context");

    public void Use(int tenantId, int? userId = null, string? role = null, string? email = null)
    {
        if (TenantId is not null && TenantId != tenantId)
            throw new InvalidOperationException("The tenant of a context cannot change");
        TenantId = tenantId;
        UserId = userId;
        Role = role;
        Email = email;
    }
}
