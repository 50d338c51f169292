namespace QommerceHub.Analytics;

/// <summary>Names this service's assembly for WebApplicationFactory in tests (every web project has a public Program).</summary>
public sealed class AnalyticsService;
