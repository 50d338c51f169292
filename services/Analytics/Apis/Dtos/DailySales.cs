namespace QommerceHub.Analytics.Apis.Dtos;

public sealed record DailySales(DateOnly Date, int OrderCount, decimal Revenue);
