namespace QommerceHub.Analytics.Live;

/// <summary>
/// Updates of the current unit of work, announced only once its transaction commits, so a dashboard never
/// refetches before the new figures are visible (and never for work that rolled back).
/// </summary>
public sealed class PendingSalesUpdates(SalesUpdateHub hub)
{
    private readonly List<(int TenantId, SalesUpdate Update)> pending = [];

    public void Add(int tenantId, SalesUpdate update) => pending.Add((tenantId, update));

    public void Announce()
    {
        foreach (var (tenantId, update) in pending) hub.Publish(tenantId, update);
        pending.Clear();
    }

    public void Discard() => pending.Clear();
}
