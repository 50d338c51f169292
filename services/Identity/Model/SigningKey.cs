namespace QommerceHub.Identity.Model;

/// <summary>An RSA key that signs access tokens; its public half is published in the JWKS.</summary>
public sealed class SigningKey
{
    public required string KeyId { get; set; }
    public required string PrivateKeyPem { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
