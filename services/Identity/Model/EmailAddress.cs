namespace QommerceHub.Identity.Model;

/// <summary>Sign-in is by email alone, so every address is stored and looked up in one spelling.</summary>
public static class EmailAddress
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
