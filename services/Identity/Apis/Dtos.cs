using System.Text.Json.Serialization;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Apis;

public sealed record SignupRequest(string? Email, string? Password, string? StoreName);
public sealed record LoginRequest(string? Email, string? Password);
public sealed record RefreshRequest([property: JsonPropertyName("refreshToken")] string? RefreshToken);
public sealed record TokenRequest(string? Token);
public sealed record EmailRequest(string? Email);
public sealed record ResetPasswordRequest(string? Token, string? Password);
public sealed record UpdateMeRequest(
    string? StoreName, string? Email, [property: JsonPropertyName("currentPassword")] string? CurrentPassword = null);
public sealed record ChangePasswordRequest(
    [property: JsonPropertyName("currentPassword")] string? CurrentPassword,
    [property: JsonPropertyName("newPassword")] string? NewPassword);
public sealed record InviteStaffRequest(string? Email, string? Role);
public sealed record ChangeRoleRequest(string? Role);
public sealed record AcceptInvitationRequest(string? Token, string? Password);

public sealed record TenantSummary(int Id, string Email, string StoreName, DateTimeOffset CreatedAt, bool EmailVerified);

public sealed record SignupResponse(
    string Message,
    TenantSummary Tenant,
    [property: JsonPropertyName("emailVerificationRequired")] bool EmailVerificationRequired);

public sealed record LoginTenant(
    int Id,
    int UserId,
    string Email,
    string StoreName,
    string Role,
    [property: JsonPropertyName("firstLogin")] bool FirstLogin);

public sealed record LoginResponse(
    string Message,
    string Token,
    [property: JsonPropertyName("refreshToken")] string RefreshToken,
    LoginTenant Tenant);

public sealed record RefreshResponse(
    string Token,
    [property: JsonPropertyName("expiresIn")] string ExpiresIn,
    [property: JsonPropertyName("refreshToken")] string RefreshToken);

public sealed record MeEnvelope(string Message, MeResponse Tenant);

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

public sealed record UpdateMeResponse(string Message, MeResponse Tenant);

public sealed record StaffMember(int Id, string Email, string Role, string Status, DateTimeOffset CreatedAt)
{
    public static StaffMember From(User user) =>
        new(user.Id, user.Email, user.Role, user.PasswordHash is null ? "invited" : "active", user.CreatedAt);
}

/// <summary>The store's look under the original's names (<c>background_image_url</c>, not ours).</summary>
public sealed record Customization(
    string? LogoUrl,
    string BackgroundColor,
    string? BackgroundImageUrl,
    string PrimaryColor,
    string SecondaryColor,
    string AccentColor,
    string TextColor,
    bool AnimationsEnabled)
{
    public static Customization From(StoreTheme t) =>
        new(t.LogoUrl, t.BackgroundColor, t.BackgroundUrl, t.PrimaryColor, t.SecondaryColor, t.AccentColor, t.TextColor, t.AnimationsEnabled);
}

public sealed record CustomizationEnvelope(Customization Customization);

public sealed record CustomizationUpdated(string Message, Customization Customization);

public sealed record LogoUploaded(string Message, string LogoUrl);

public sealed record BackgroundUploaded(string Message, string BackgroundImageUrl);

public sealed record UpdateThemeRequest(
    string? BackgroundColor,
    string? PrimaryColor,
    string? SecondaryColor,
    string? AccentColor,
    string? TextColor,
    bool? AnimationsEnabled);
