using System.Globalization;

namespace QommerceHub.Analytics.Maintenance;

/// <summary>
/// Operator commands run with the service's own configuration instead of the web server:
/// <c>dotnet Analytics.dll rebuild --tenant 42</c> (or <c>--all</c>) recomputes the read model from the event log;
/// <c>dotnet Analytics.dll check --tenant 42</c> (or <c>--all</c>) verifies it, exiting 1 when anything disagrees.
/// </summary>
public static class MaintenanceCommands
{
    public const string Usage = "usage: Analytics (rebuild|check) (--tenant <id>|--all)";

    private static bool IsCommand(string[] args) => args is ["rebuild" or "check", ..];

    /// <summary>Runs the command line's command, if it is one, leaving its exit code; false when the process is to serve.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (!IsCommand(args)) return false;
        Environment.ExitCode = await RunAsync(app.Services, args, Console.Out, CancellationToken.None);
        return true;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var rebuild = services.GetRequiredService<ReadModelRebuild>();
        IReadOnlyList<int>? tenants = args switch
        {
            [_, "--all"] => await rebuild.TenantsAsync(cancellationToken),
            [_, "--tenant", var id] when int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var tenantId) && tenantId > 0 => [tenantId],
            _ => null,
        };
        if (tenants is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        return args[0] == "rebuild"
            ? await RebuildAsync(rebuild, tenants, output, cancellationToken)
            : await CheckAsync(services.GetRequiredService<ReadModelCheck>(), tenants, output, cancellationToken);
    }

    private static async Task<int> RebuildAsync(ReadModelRebuild rebuild, IReadOnlyList<int> tenants, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var tenantId in tenants)
        {
            var (replayed, settled) = await rebuild.RebuildAsync(tenantId, cancellationToken);
            await output.WriteLineAsync($"tenant {tenantId}: read model rebuilt from {replayed} logged events ({settled} orders settled)");
        }
        return 0;
    }

    private static async Task<int> CheckAsync(ReadModelCheck check, IReadOnlyList<int> tenants, TextWriter output, CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var tenantId in tenants)
        {
            var problems = await check.CheckAsync(tenantId, cancellationToken);
            await output.WriteLineAsync(problems.Count == 0
                ? $"tenant {tenantId}: read model consistent"
                : $"tenant {tenantId}: {problems.Count} discrepancies");
            foreach (var problem in problems.Take(50)) await output.WriteLineAsync("  " + problem);
            if (problems.Count > 0) failed++;
        }
        return failed == 0 ? 0 : 1;
    }
}
