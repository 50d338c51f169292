using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Apis.Dtos;

public sealed record StaffMember(int Id, string Email, string Role, string Status, DateTimeOffset CreatedAt)
{
    public static StaffMember From(User user) =>
        new(user.Id, user.Email, user.Role, user.PasswordHash is null ? "invited" : "active", user.CreatedAt);
}
