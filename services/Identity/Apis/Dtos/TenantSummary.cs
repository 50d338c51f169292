namespace QommerceHub.Identity.Apis.Dtos;

public sealed record TenantSummary(int Id, string Email, string StoreName, DateTimeOffset CreatedAt, bool EmailVerified);
