namespace QommerceHub.Analytics.Apis.Dtos;

/// <summary>The newest counted orders of the period; <see cref="Id"/> and <see cref="Status"/> are ours.</summary>
public sealed record RecentOrder(decimal TotalAmount, DateTimeOffset CreatedAt, int Id, string Status);
