namespace QommerceHub.Payments.Services;

/// <summary>What a payment operation came to: a value, or the HTTP status and sentence the API answers with.</summary>
public sealed record Outcome<T>(T? Value, int Status, string? Error, IDictionary<string, object?>? Extra = null)
    where T : class
{
    public bool Succeeded => Error is null;
}

public static class Outcome
{
    public static Outcome<T> Ok<T>(T value) where T : class => new(value, StatusCodes.Status200OK, null);

    public static Outcome<T> Fail<T>(int status, string error, IDictionary<string, object?>? extra = null) where T : class =>
        new(null, status, error, extra);

    public static Outcome<T> NotFound<T>(string what) where T : class => Fail<T>(StatusCodes.Status404NotFound, $"{what} not found");

    public static Outcome<T> Conflict<T>(string error) where T : class => Fail<T>(StatusCodes.Status409Conflict, error);
}
