namespace QommerceHub.Identity.Apis;

/// <summary>The seed's <c>/api/tenants</c> routes.</summary>
public static class TenantsApi
{
    public static IEndpointRouteBuilder MapTenantsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tenants").WithTags("Tenants");

        api.MapPost("/signup", SessionEndpoints.Signup).AllowAnonymous();
        api.MapPost("/login", SessionEndpoints.Login).AllowAnonymous();
        api.MapPost("/refresh", SessionEndpoints.Refresh).AllowAnonymous();
        api.MapPost("/logout", SessionEndpoints.Logout);

        api.MapPost("/verify-email", EmailFlowEndpoints.VerifyEmail).AllowAnonymous();
        api.MapPost("/resend-verification", EmailFlowEndpoints.ResendVerification).AllowAnonymous();
        api.MapPost("/forgot-password", EmailFlowEndpoints.ForgotPassword).AllowAnonymous();
        api.MapPost("/reset-password", EmailFlowEndpoints.ResetPassword).AllowAnonymous();
        api.MapPost("/accept-invite", EmailFlowEndpoints.AcceptInvitation).AllowAnonymous();
        api.MapPost("/revert-email", EmailFlowEndpoints.RevertEmailChange).AllowAnonymous();

        api.MapGet("/me", AccountEndpoints.GetMe);
        api.MapPut("/me", AccountEndpoints.UpdateMe);
        api.MapPut("/change-password", AccountEndpoints.ChangePassword);
        api.MapPost("/complete-onboarding", AccountEndpoints.CompleteOnboarding);
        return app;
    }

    internal static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
