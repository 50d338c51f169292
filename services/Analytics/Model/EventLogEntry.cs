using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>
/// Every event the projections consumed, as received. The broker keeps no history, so this append-only log
/// is the replay source for rebuilding the read model.
/// </summary>
[NotTenantFiltered("Read only by the operator rebuild command, which walks every store")]
public sealed class EventLogEntry
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string Body { get; set; }
}
