namespace QommerceHub.Analytics.Projections;

/// <summary>
/// Whether this unit of work moves the aggregates event by event (live consumers) or leaves them to one bulk
/// settlement at the end (the rebuild's replay, where per-event aggregate writes would dominate its time).
/// </summary>
public sealed class AggregationMode
{
    public bool Deferred { get; set; }
}
