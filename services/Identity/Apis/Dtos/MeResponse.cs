using System.Text.Json.Serialization;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record MeResponse(
    int Id,
    int UserId,
    string Email,
    string StoreName,
    string Role,
    bool EmailVerified,
    [property: JsonPropertyName("firstLogin")] bool FirstLogin,
    DateTimeOffset CreatedAt)
{
    public static MeResponse From(User user, Store store) =>
        new(store.Id, user.Id, user.Email, store.Name, user.Role, user.EmailVerified, user.FirstLogin, user.CreatedAt);
}
