using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Identity.Apis;

/// <summary>
/// The seed's <c>/api/tenants</c> routes: sign-up, sign-in and the token lifecycle (<c>TenantsApi.Sessions.cs</c>), the
/// signed-in user's own account and store profile (<c>TenantsApi.Account.cs</c>), and the flows that start with a link
/// in an email: verification, password reset, staff invitation (<c>TenantsApi.EmailFlows.cs</c>).
/// </summary>
public static partial class TenantsApi
{
    public static IEndpointRouteBuilder MapTenantsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tenants").WithTags("Tenants");

        api.MapPost("/signup", Signup).AllowAnonymous().WithSummary("Open a store and its owner's account").ProducesProblems(400, 409);
        api.MapPost("/login", Login).AllowAnonymous().WithSummary("Sign in with email and password").ProducesProblems(400, 401, 403, 423);
        api.MapPost("/refresh", Refresh).AllowAnonymous().WithSummary("Swap a refresh token for new tokens").ProducesProblems(400, 401);
        api.MapPost("/logout", Logout).WithSummary("End the calling session").ProducesTokenProblems();

        api.MapPost("/verify-email", VerifyEmail).AllowAnonymous().WithSummary("Verify an email address with the emailed token").ProducesProblems(400);
        api.MapPost("/resend-verification", ResendVerification).AllowAnonymous().WithSummary("Send the verification email again").ProducesProblems(400);
        api.MapPost("/forgot-password", ForgotPassword).AllowAnonymous().WithSummary("Email a password reset link").ProducesProblems(400);
        api.MapPost("/reset-password", ResetPassword).AllowAnonymous().WithSummary("Set a new password with the emailed token").ProducesProblems(400);
        api.MapPost("/accept-invite", AcceptInvitation).AllowAnonymous().WithSummary("Accept a staff invitation and set a password").ProducesProblems(400, 409);
        api.MapPost("/revert-email", RevertEmailChange).AllowAnonymous().WithSummary("Undo an email change from the link sent to the old address").ProducesProblems(400, 409);

        api.MapGet("/me", GetMe).WithSummary("Get the signed-in user and store").ProducesTokenProblems();
        api.MapPut("/me", UpdateMe).WithSummary("Change the signed-in user's profile or the store's name").ProducesTokenProblems().ProducesProblems(400, 409);
        api.MapPut("/change-password", ChangePassword).WithSummary("Change the signed-in user's password").ProducesTokenProblems().ProducesProblems(400);
        api.MapPost("/complete-onboarding", CompleteOnboarding).WithSummary("Mark the store's onboarding as done").ProducesTokenProblems();
        return app;
    }
}
