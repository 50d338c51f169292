using Microsoft.AspNetCore.Identity;
using QommerceHub.Identity.Model;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Security;

public static class PasswordChecks
{
    /// <summary>A hash in an older format still matches; only a wrong password fails.</summary>
    public static bool Matches(this IPasswordHasher<User> hasher, User user, string password) =>
        hasher.VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed;

    /// <summary>A wrong current password proves no one (401, as in the original), and names the field.</summary>
    public static Outcome<T> WrongCurrentPassword<T>() =>
        Outcome.Refuse<T>(Refusal.Unauthenticated, "Current password is incorrect",
            new Dictionary<string, object?> { ["details"] = new[] { new { field = "currentPassword", message = "Current password is incorrect" } } });
}
