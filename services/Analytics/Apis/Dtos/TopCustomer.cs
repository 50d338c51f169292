namespace QommerceHub.Analytics.Apis.Dtos;

public sealed record TopCustomer(int Id, string Name, string? Email, int OrderCount, decimal TotalSpent);
