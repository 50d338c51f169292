namespace QommerceHub.Contracts;

public sealed record TenantRegistered : IntegrationEvent
{
    public required string StoreName { get; init; }
    public required string OwnerEmail { get; init; }
}

public sealed record StoreSettingsChanged : IntegrationEvent
{
    public required string StoreName { get; init; }
    public required string OwnerEmail { get; init; }
    public required string PrimaryColor { get; init; }
    public required string AccentColor { get; init; }
    public required string TextColor { get; init; }
    public required string BackgroundColor { get; init; }
    public string? LogoUrl { get; init; }
}

public sealed record EmailVerificationRequested : IntegrationEvent
{
    public required string Email { get; init; }
    public required string StoreName { get; init; }
    public required string VerificationUrl { get; init; }
}

public sealed record PasswordResetRequested : IntegrationEvent
{
    public required string Email { get; init; }
    public required string StoreName { get; init; }
    public required string ResetUrl { get; init; }
}

public sealed record UserInvited : IntegrationEvent
{
    public required string Email { get; init; }
    public required string Role { get; init; }
    public required string StoreName { get; init; }
    public required string InvitedBy { get; init; }
    public required string AcceptUrl { get; init; }
}

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

/// <summary>
/// A user's sign-in address changed: the old address is told, with a link that puts it back and ends every session,
/// so a stolen session cannot quietly take the account over.
/// </summary>
public sealed record EmailChangeNoticeRequested : IntegrationEvent
{
    public required string OldEmail { get; init; }
    public required string NewEmail { get; init; }
    public required string StoreName { get; init; }
    public required string RevertUrl { get; init; }
}
