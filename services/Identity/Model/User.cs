using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Model;

/// <summary>A person who signs in to a store: its owner, or invited staff.</summary>
[NotTenantFiltered("Sign-in finds a user by email before any store is known; every store-scoped query names the tenant")]
public sealed class User
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    public Store? Store { get; set; }
    public required string Email { get; set; }
    /// <summary>Null until an invited user accepts and sets a password.</summary>
    public string? PasswordHash { get; set; }
    public required string Role { get; set; }
    public bool EmailVerified { get; set; }
    public bool FirstLogin { get; set; } = true;
    /// <summary>Bumped on logout and password change; tokens carrying an older version are refused.</summary>
    public int TokenVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
