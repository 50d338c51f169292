namespace QommerceHub.Analytics.Live;

/// <summary>
/// Updates of the current unit of work, announced only with its commit, so a dashboard never refetches before
/// the new figures are visible (and never for work that rolled back).
/// </summary>
public sealed class PendingSalesUpdates
{
    private readonly List<SalesNotice> pending = [];

    public void Add(int tenantId, SalesUpdate update) => pending.Add(new SalesNotice(tenantId, update.Reason, update.OrderId));

    /// <summary>The updates so far, handed over once: the caller announces them with the commit.</summary>
    public IReadOnlyList<SalesNotice> Take()
    {
        var taken = pending.Distinct().ToList();
        pending.Clear();
        return taken;
    }

    public void Discard() => pending.Clear();
}
