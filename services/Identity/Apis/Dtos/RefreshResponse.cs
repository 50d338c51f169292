using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record RefreshResponse(
    string Token,
    [property: JsonPropertyName("expiresIn")] string ExpiresIn,
    [property: JsonPropertyName("refreshToken")] string RefreshToken);
