using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Apis.Dtos;

/// <summary>The original's customer row, plus when it last changed.</summary>
public sealed record CustomerResponse(
    int Id, int TenantId, string Name, string? Email, string? Phone, string? Address, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CustomerResponse From(Customer c) => new(c.Id, c.TenantId, c.Name, c.Email, c.Phone, c.Address, c.CreatedAt, c.UpdatedAt);
}
