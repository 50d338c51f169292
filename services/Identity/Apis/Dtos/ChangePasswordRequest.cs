using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis;

public sealed record ChangePasswordRequest(
    [property: JsonPropertyName("currentPassword")] string? CurrentPassword,
    [property: JsonPropertyName("newPassword")] string? NewPassword);
