namespace QommerceHub.Analytics.Apis.Dtos;

/// <summary>The previous period's figures; <see cref="ChangePercent"/> is null when it had no revenue to compare with.</summary>
public sealed record PeriodComparison(decimal TotalRevenue, int TotalOrders, decimal AvgOrderValue, decimal? ChangePercent);
