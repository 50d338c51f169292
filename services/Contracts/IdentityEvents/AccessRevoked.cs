namespace QommerceHub.Contracts;

/// <summary>
/// The user's access tokens with a token version (claim <c>tv</c>) below <see cref="ValidFromVersion"/> are no
/// longer valid: logout, password change or reset, role change, removal. After <see cref="ExpiresBy"/> every such
/// token has expired anyway, so services may forget the revocation.
/// </summary>
public sealed record AccessRevoked : IntegrationEvent
{
    public required int UserId { get; init; }
    public required int ValidFromVersion { get; init; }
    public required DateTimeOffset ExpiresBy { get; init; }
    /// <summary>
    /// When given, these sessions (claim <c>sid</c>) end too, whatever their version: logout ends the calling session,
    /// a password change the other ones. A consumer that ignores it sees a revocation of nothing.
    /// </summary>
    public IReadOnlyList<Guid>? SessionIds { get; init; }
}
