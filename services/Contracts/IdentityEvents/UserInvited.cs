namespace QommerceHub.Contracts;

public sealed record UserInvited : IntegrationEvent
{
    public required string Email { get; init; }
    public required string Role { get; init; }
    public required string StoreName { get; init; }
    public required string InvitedBy { get; init; }
    public required string AcceptUrl { get; init; }
}
