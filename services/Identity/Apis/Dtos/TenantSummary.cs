namespace QommerceHub.Identity.Apis;

public sealed record TenantSummary(int Id, string Email, string StoreName, DateTimeOffset CreatedAt, bool EmailVerified);
