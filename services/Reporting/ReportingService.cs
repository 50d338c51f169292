namespace QommerceHub.Reporting;

/// <summary>Names this service's assembly for WebApplicationFactory in tests (every web project has a public Program).</summary>
public sealed class ReportingService;
