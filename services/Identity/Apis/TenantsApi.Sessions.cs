using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Identity.Apis.Dtos;
using QommerceHub.Identity.Security;
using QommerceHub.Identity.Services;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

public static partial class TenantsApi
{
    public static async Task<Results<Created<SignupResponse>, ProblemHttpResult>> Signup(
        SignupRequest request, StoreSignups signups, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Email("email", request.Email)
            .Password("password", request.Password)
            .Text("store_name", request.StoreName, min: 2, max: 100);
        if (errors.Any) return ApiResults.Validation(errors);

        var outcome = await signups.OpenAsync(request.Email!, request.Password!, request.StoreName!, ct);
        if (outcome.Value is not (var store, var owner)) return ApiResults.Problem(outcome);
        var summary = new TenantSummary(store.Id, owner.Email, store.Name, store.CreatedAt, EmailVerified: false);
        return TypedResults.Created("/api/tenants/me",
            new SignupResponse("Account created. Please check your email to verify your address.", summary, true));
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        LoginRequest request, SignIns signIns, HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (string.IsNullOrEmpty(request.Password)) errors.Add("password", "Password is required");
        if (errors.Any) return ApiResults.Validation(errors);

        var attempt = await signIns.SignInAsync(request.Email!, request.Password!, ClientAddress.Of(http), ct);
        if (attempt.RetryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (attempt.Outcome.Value is not (var user, var tokens)) return ApiResults.Problem(attempt.Outcome);
        var tenant = new LoginTenant(user.TenantId, user.Id, user.Email, user.Store!.Name, user.Role, user.FirstLogin);
        return TypedResults.Ok(new LoginResponse("Login successful", tokens.AccessToken, tokens.RefreshToken, tenant));
    }

    /// <summary>The original's <c>{token, expiresIn}</c>, plus the rotated refresh token that replaces the one sent.</summary>
    public static async Task<Results<Ok<RefreshResponse>, ProblemHttpResult>> Refresh(
        RefreshRequest request, TokenRefreshes refreshes, IdentitySettings settings, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken) || request.RefreshToken.Length > 200)
            return ApiResults.Validation(new FieldErrors().Add("refreshToken", "Refresh token is required"));

        var outcome = await refreshes.RotateAsync(request.RefreshToken, ct);
        if (outcome.Value is not { } tokens) return ApiResults.Problem(outcome);
        return TypedResults.Ok(new RefreshResponse(tokens.AccessToken, settings.ExpiresIn, tokens.RefreshToken));
    }

    /// <summary>Ends the session that called it; the user's other devices stay signed in.</summary>
    public static async Task<Ok<MessageResponse>> Logout(TenantContext tenant, ClaimsPrincipal principal, Sessions sessions, CancellationToken ct)
    {
        await sessions.LogOutAsync(tenant.UserId!.Value, principal, ct);
        return TypedResults.Ok(new MessageResponse("Logged out successfully"));
    }
}
