using Microsoft.AspNetCore.Identity;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Security;

public static class PasswordChecks
{
    /// <summary>A hash in an older format still matches; only a wrong password fails.</summary>
    public static bool Matches(this IPasswordHasher<User> hasher, User user, string password) =>
        hasher.VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed;
}
