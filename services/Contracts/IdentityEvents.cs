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
