namespace QommerceHub.Analytics.Apis.Dtos;

/// <summary>Local dates, both inclusive, in <see cref="TimeZone"/>.</summary>
public sealed record PeriodInfo(DateOnly From, DateOnly To, int Days, string TimeZone);
