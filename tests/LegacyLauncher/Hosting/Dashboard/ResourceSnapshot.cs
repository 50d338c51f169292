namespace QommerceHub.LegacyLauncher.Hosting.Dashboard;

/// <summary>What the dashboard shows of a resource, as served by GET /api/resources.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Kind,
    string State,
    string Health,
    IReadOnlyDictionary<string, string> Endpoints,
    int? Pid,
    int RestartCount,
    DateTimeOffset? StartedAt,
    int? ExitCode,
    IReadOnlyList<string> WaitsFor,
    IReadOnlyList<string> Logs)
{
    public static ResourceSnapshot Of(Resource resource) =>
        new(
            resource.Name,
            resource.Kind,
            resource.State.ToString(),
            resource.Health.ToString(),
            resource.Endpoints,
            resource.Pid,
            resource.RestartCount,
            resource.StartedAt,
            resource.ExitCode,
            [.. resource.WaitsFor.Select(r => r.Name)],
            resource.Logs.Snapshot());
}
