using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record ChangePasswordRequest(
    [property: JsonPropertyName("currentPassword")] string? CurrentPassword,
    [property: JsonPropertyName("newPassword")] string? NewPassword);
