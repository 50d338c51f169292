using Microsoft.AspNetCore.Builder;

namespace QommerceHub.ServiceDefaults.Auth;

/// <summary>
/// What a role may do, from the original API's permission table (shared/seed-api-contract.md): the owner everything;
/// a manager products, orders, customers, analytics and exports; staff orders and analytics. Settings, the team
/// (users) and refunds are the owner's alone. Every service checks these and nothing else.
/// </summary>
public static class Permissions
{
    public const string Products = "products";
    public const string Orders = "orders";
    public const string Customers = "customers";
    public const string Analytics = "analytics";
    public const string Exports = "exports";
    public const string Settings = "settings";
    public const string Users = "users";
    public const string Refunds = "refunds";

    public static readonly IReadOnlyList<string> All = [Products, Orders, Customers, Analytics, Exports, Settings, Users, Refunds];

    private static readonly Dictionary<string, HashSet<string>> byRole = new(StringComparer.Ordinal)
    {
        [Roles.Owner] = [.. All],
        [Roles.Manager] = [Products, Orders, Customers, Analytics, Exports],
        [Roles.Staff] = [Orders, Analytics],
    };

    public static bool Allows(string? role, string permission) =>
        role is not null && byRole.TryGetValue(role, out var granted) && granted.Contains(permission);

    /// <summary>The authorization policy that demands <paramref name="permission"/>.</summary>
    public static string Policy(string permission) => "permission:" + permission;

    /// <summary>Only a caller whose role grants <paramref name="permission"/> reaches these endpoints (403 otherwise).</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policy(permission));
}

/// <summary>The roles a store's users have; the owner is the one who signed the store up.</summary>
public static class Roles
{
    public const string Owner = "owner";
    public const string Manager = "manager";
    public const string Staff = "staff";

    /// <summary>The roles an owner can give an invited user.</summary>
    public static bool IsInvitable(string? role) => role is Manager or Staff;
}
