using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.ServiceDefaults.Workflows;

/// <summary>What a workflow came to: its value, or a refusal with the sentence (and field errors or details) to tell the caller.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal, string? Error, IReadOnlyList<FieldError>? Fields = null, IDictionary<string, object?>? Details = null)
    where T : class
{
    public bool Succeeded => Refusal is null;
}

public static class Outcome
{
    public static Outcome<T> Ok<T>(T value) where T : class => new(value, null, null);

    public static Outcome<T> Refuse<T>(Refusal refusal, string error, IDictionary<string, object?>? details = null) where T : class =>
        new(null, refusal, error, Details: details);

    public static Outcome<T> Invalid<T>(FieldErrors errors) where T : class => new(null, Refusal.Invalid, "Validation failed", errors.All);

    public static Outcome<T> NotFound<T>(string what) where T : class => Refuse<T>(Refusal.NotFound, $"{what} not found");

    public static Outcome<T> Conflict<T>(string error, IDictionary<string, object?>? details = null) where T : class =>
        Refuse<T>(Refusal.Conflict, error, details);
}
