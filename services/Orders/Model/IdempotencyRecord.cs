namespace QommerceHub.Orders.Model;

/// <summary>
/// The first answer given for a client's Idempotency-Key, so a retry gets the same answer instead of a second order.
/// An answer-less record is a request still in flight.
/// </summary>
public sealed class IdempotencyRecord
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public int TenantId { get; init; }
    public required string Key { get; init; }
    public required string RequestHash { get; init; }
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ResponseBody { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
