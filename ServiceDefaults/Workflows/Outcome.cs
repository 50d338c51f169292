using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.ServiceDefaults.Workflows;

/// <summary>What a workflow came to: its value, or a refusal with the sentence (and field errors or details) to tell the caller.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal, string? Error, IReadOnlyList<FieldError>? Fields = null, IDictionary<string, object?>? Details = null)
{
    public bool Succeeded => Refusal is null;
}

public static class Outcome
{
    public static Outcome<T> Ok<T>(T value) => new(value, null, null);

    public static Outcome<T> Refuse<T>(Refusal refusal, string error, IDictionary<string, object?>? details = null) =>
        new(default, refusal, error, Details: details);

    public static Outcome<T> Invalid<T>(FieldErrors errors) => new(default, Refusal.Invalid, "Validation failed", errors.All);

    public static Outcome<T> NotFound<T>(string what) => Refuse<T>(Refusal.NotFound, $"{what} not found");

    public static Outcome<T> Conflict<T>(string error, IDictionary<string, object?>? details = null) =>
        Refuse<T>(Refusal.Conflict, error, details);
}
