namespace QommerceHub.Identity.Model;

/// <summary>
/// A revocation announced to the other services, kept until every token it covers has expired so that a service
/// instance starting later can be told again. No foreign key: a removed user's revocation outlives the user.
/// </summary>
public sealed class AccessRevocation
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public int UserId { get; set; }
    public int ValidFromVersion { get; set; }
    public DateTimeOffset ExpiresBy { get; set; }
}
