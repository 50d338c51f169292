namespace QommerceHub.Analytics.Apis.Dtos;

public sealed record TopProduct(int Id, string Name, string Sku, long TotalSold, decimal TotalRevenue);
