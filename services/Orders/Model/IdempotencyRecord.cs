using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Model;

/// <summary>
/// The first answer given for a client's Idempotency-Key, so a retry gets the same answer instead of a second order.
/// An answer-less record is a request still in flight, claimed at <see cref="CreatedAt"/>; after <see cref="Lease"/>
/// its instance is presumed dead and a retry may take the claim over. <see cref="Location"/> is set in the same
/// transaction as the resource the request created, so a takeover finds that resource instead of making another.
/// </summary>
public sealed class IdempotencyRecord : ITenantOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    /// <summary>Far beyond a placement's longest run (its reservation wait is 3 s), short enough for a client's retries.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public int TenantId { get; init; }
    public required string Key { get; init; }
    public required string RequestHash { get; init; }
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ResponseBody { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; init; }
}
