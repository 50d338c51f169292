namespace QommerceHub.Contracts;

public sealed record PasswordResetRequested : IntegrationEvent
{
    public required string Email { get; init; }
    public required string StoreName { get; init; }
    public required string ResetUrl { get; init; }
}
