namespace QommerceHub.Contracts;

public sealed record EmailVerificationRequested : IntegrationEvent
{
    public required string Email { get; init; }
    public required string StoreName { get; init; }
    public required string VerificationUrl { get; init; }
}
