using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis;

public sealed record RefreshRequest([property: JsonPropertyName("refreshToken")] string? RefreshToken);
