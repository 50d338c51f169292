using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>
/// One order as the events describe it so far, plus what the aggregates currently hold for it. Any event may
/// arrive first (a cancel before its confirm), so every field only ever moves towards the final state and the
/// aggregates are corrected by the difference between <see cref="Target"/> and <see cref="Applied"/>.
/// </summary>
public sealed class OrderFact : ITenantOwned
{
    public int TenantId { get; set; }
    public int OrderId { get; set; }
    public int? CustomerId { get; set; }
    /// <summary>The name Orders put on the order, for a customer Analytics has not heard of otherwise.</summary>
    public string? CustomerName { get; set; }
    public DateTimeOffset? PlacedAt { get; set; }
    public decimal TotalAmount { get; set; }
    public string Currency { get; set; } = "USD";
    public bool Confirmed { get; set; }
    public string Status { get; set; } = OrderStatuses.Pending;
    /// <summary>When the status change behind <see cref="Status"/> happened; null until one arrived.</summary>
    public DateTimeOffset? StatusChangedAt { get; set; }
    public bool Cancelled { get; set; }
    public decimal RefundedAmount { get; set; }

    public bool AppliedCounted { get; set; }
    public decimal AppliedRevenue { get; set; }
    /// <summary>Null while the aggregates hold nothing for this order.</summary>
    public string? AppliedStatus { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<OrderLineFact> Lines { get; set; } = [];

    /// <summary>Revenue counts once the order is confirmed; a cancel takes it all back; refunds reduce it, never below zero.</summary>
    public OrderContribution? Target => Confirmed
        ? new OrderContribution(!Cancelled, Cancelled ? 0m : Math.Max(TotalAmount - RefundedAmount, 0m), Status)
        : null;

    public OrderContribution? Applied => AppliedStatus is null ? null : new OrderContribution(AppliedCounted, AppliedRevenue, AppliedStatus);

    public void MarkApplied(OrderContribution? contribution)
    {
        AppliedCounted = contribution?.Counted ?? false;
        AppliedRevenue = contribution?.Revenue ?? 0m;
        AppliedStatus = contribution?.Status;
    }

    /// <summary>
    /// Applies a status change that happened at <paramref name="at"/>. Completed and cancelled are final, so they win
    /// whenever they arrive; between the open statuses (an order may go back from processing to pending) the later
    /// change wins, so events applied in any order converge.
    /// </summary>
    public void MoveTo(string status, DateTimeOffset? at = null)
    {
        var next = StatusProgress.Normalize(status);
        if (StatusProgress.IsFinal(next) || StatusProgress.IsFinal(Status) || at is null)
            Status = StatusProgress.Furthest(Status, next);
        else if (StatusChangedAt is null || at >= StatusChangedAt)
            Status = next;
        if (at is { } changed && (StatusChangedAt is null || changed > StatusChangedAt)) StatusChangedAt = changed.ToUniversalTime();
        if (Status == OrderStatuses.Cancelled) Cancelled = true;
    }

    public void Cancel() => MoveTo(OrderStatuses.Cancelled);

    /// <summary>Payments reports the running total refunded, so the largest figure seen is the current one.</summary>
    public void RecordRefund(decimal totalRefunded) => RefundedAmount = Math.Max(RefundedAmount, totalRefunded);
}
