using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record LoginResponse(
    string Message,
    string Token,
    [property: JsonPropertyName("refreshToken")] string RefreshToken,
    LoginTenant Tenant);
