using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Apis.Dtos;

public sealed record CustomerResponse(
    int Id, string Name, string? Email, string? Phone, string? Address, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CustomerResponse From(Customer c) => new(c.Id, c.Name, c.Email, c.Phone, c.Address, c.CreatedAt, c.UpdatedAt);
}
