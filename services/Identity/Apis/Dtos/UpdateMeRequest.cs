using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis;

public sealed record UpdateMeRequest(
    string? StoreName, string? Email, [property: JsonPropertyName("currentPassword")] string? CurrentPassword = null);
