using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record SignupResponse(
    string Message,
    TenantSummary Tenant,
    [property: JsonPropertyName("emailVerificationRequired")] bool EmailVerificationRequired);
