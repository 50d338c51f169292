namespace QommerceHub.Analytics.Apis.Dtos;

public sealed record RevenueSummary(decimal TotalRevenue, int TotalOrders, decimal AvgOrderValue);
