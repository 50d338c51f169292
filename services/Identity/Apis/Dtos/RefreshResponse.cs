using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis;

public sealed record RefreshResponse(
    string Token,
    [property: JsonPropertyName("expiresIn")] string ExpiresIn,
    [property: JsonPropertyName("refreshToken")] string RefreshToken);
