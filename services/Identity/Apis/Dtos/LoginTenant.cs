using System.Text.Json.Serialization;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record LoginTenant(
    int Id,
    int UserId,
    string Email,
    string StoreName,
    string Role,
    [property: JsonPropertyName("firstLogin")] bool FirstLogin);
