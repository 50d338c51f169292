using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record UpdateMeRequest(
    string? StoreName, string? Email, [property: JsonPropertyName("currentPassword")] string? CurrentPassword = null);
