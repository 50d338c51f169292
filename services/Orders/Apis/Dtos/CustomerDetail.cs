using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Apis.Dtos;

/// <summary>A customer with what they are worth to the store: orders placed and money spent on orders not cancelled.</summary>
public sealed record CustomerDetail(
    int Id, int TenantId, string Name, string? Email, string? Phone, string? Address, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    int OrderCount, decimal LifetimeValue)
{
    public static CustomerDetail From(Customer c, int orderCount, decimal lifetimeValue) =>
        new(c.Id, c.TenantId, c.Name, c.Email, c.Phone, c.Address, c.CreatedAt, c.UpdatedAt, orderCount, lifetimeValue);
}
