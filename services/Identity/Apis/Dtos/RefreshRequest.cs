using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record RefreshRequest([property: JsonPropertyName("refreshToken")] string? RefreshToken);
