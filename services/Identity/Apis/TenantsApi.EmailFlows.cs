using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Identity.Apis.Dtos;
using QommerceHub.Identity.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Identity.Apis;

public static partial class TenantsApi
{
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> VerifyEmail(
        TokenRequest request, EmailVerifications verifications, CancellationToken ct)
    {
        var outcome = await verifications.VerifyAsync(request.Token, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        return TypedResults.Ok(new MessageResponse("Email verified. You can now log in."));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ResendVerification(
        EmailRequest request, EmailVerifications verifications, CancellationToken ct)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (errors.Any) return ApiResults.Validation(errors);

        await verifications.ResendAsync(request.Email!, ct);
        // The same answer either way, so the endpoint cannot be used to discover accounts.
        return TypedResults.Ok(new MessageResponse("If that account exists and is not verified, a new verification email has been sent."));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ForgotPassword(
        EmailRequest request, PasswordChanges passwords, CancellationToken ct)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (errors.Any) return ApiResults.Validation(errors);

        await passwords.SendResetLinkAsync(request.Email!, ct);
        return TypedResults.Ok(new MessageResponse("If that account exists, a password reset link has been sent."));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ResetPassword(
        ResetPasswordRequest request, PasswordChanges passwords, CancellationToken ct)
    {
        var errors = new FieldErrors().Password("password", request.Password);
        if (errors.Any) return ApiResults.Validation(errors);

        var outcome = await passwords.ResetAsync(request.Token, request.Password!, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        return TypedResults.Ok(new MessageResponse("Password has been reset. You can now log in."));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> AcceptInvitation(
        AcceptInvitationRequest request, StoreTeams teams, CancellationToken ct)
    {
        var errors = new FieldErrors().Password("password", request.Password);
        if (errors.Any) return ApiResults.Validation(errors);

        var outcome = await teams.AcceptInvitationAsync(request.Token, request.Password!, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        return TypedResults.Ok(new MessageResponse("Invitation accepted. You can now log in."));
    }

    /// <summary>The link in the old address's change notice: the address comes back and every session ends.</summary>
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> RevertEmailChange(
        TokenRequest request, ProfileChanges profiles, CancellationToken ct)
    {
        var outcome = await profiles.RevertEmailAsync(request.Token, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        return TypedResults.Ok(new MessageResponse("Your email address is back and every session has been signed out. A link to choose a new password is on its way."));
    }
}
