namespace QommerceHub.Orders.Apis.Dtos;

/// <summary>Create takes a name and optional contact details; update changes only the fields sent.</summary>
public sealed record CustomerRequest(string? Name, string? Email, string? Phone, string? Address);
