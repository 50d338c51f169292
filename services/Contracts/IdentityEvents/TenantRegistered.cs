namespace QommerceHub.Contracts;

public sealed record TenantRegistered : IntegrationEvent
{
    public required string StoreName { get; init; }
    public required string OwnerEmail { get; init; }
}
