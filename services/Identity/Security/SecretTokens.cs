using System.Security.Cryptography;
using System.Text;

namespace QommerceHub.Identity.Security;

/// <summary>Random secrets for links and refresh tokens; only their SHA-256 is stored, so a database leak reveals none.</summary>
public static class SecretTokens
{
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
