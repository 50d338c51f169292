namespace QommerceHub.ServiceDefaults.Http;

/// <summary>The correlation id of the request or message being handled, flowing with async calls.</summary>
public static class CorrelationContext
{
    public const string HeaderName = "X-Correlation-Id";
    private static readonly AsyncLocal<string?> current = new();

    public static string? Current
    {
        get => current.Value;
        set => current.Value = value;
    }

    /// <summary>Accepts a client's id only when it is short and plain, so it is safe in logs and headers.</summary>
    public static bool IsAcceptable(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64 &&
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
