namespace QommerceHub.Orders.Model;

public static class IdempotencyKeyRules
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 255;

    /// <summary>Printable ASCII only, so the key is safe to store, log and echo.</summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && key.All(c => c is > ' ' and <= '~');
}
