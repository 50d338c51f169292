using System.Net.Mail;

namespace QommerceHub.ServiceDefaults.Http;

public sealed record FieldError(string Field, string Message);

/// <summary>Collects field errors for one request so the client sees all of them at once.</summary>
public sealed class FieldErrors
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> All => errors;
    public bool Any => errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        errors.Add(new FieldError(field, message));
        return this;
    }

    public FieldErrors Text(string field, string? value, int min, int max, bool required = true)
    {
        if (value is null)
        {
            if (required) Add(field, $"{Label(field)} is required");
            return this;
        }
        var length = value.Trim().Length;
        if (length == 0 && min >= 1) Add(field, $"{Label(field)} is required");
        else if (length < min || value.Length > max)
            Add(field, min <= 1 ? $"{Label(field)} must be at most {max} characters" : $"{Label(field)} must be {min} to {max} characters");
        return this;
    }

    public FieldErrors Email(string field, string? value, bool required = true)
    {
        if (value is null)
        {
            if (required) Add(field, "Email is required");
            return this;
        }
        if (!IsEmail(value)) Add(field, "Please provide a valid email address");
        return this;
    }

    public FieldErrors Password(string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) return Add(field, "Password is required");
        if (value.Length < 8) return Add(field, "Password must be at least 8 characters");
        if (value.Length > 128) return Add(field, "Password must be at most 128 characters");
        if (!value.Any(char.IsLetter) || !value.Any(char.IsDigit))
            Add(field, "Password must contain at least one letter and one number");
        return this;
    }

    public static bool IsEmail(string value) =>
        value.Length <= 254 && !value.Any(char.IsWhiteSpace) &&
        MailAddress.TryCreate(value, out var parsed) && parsed.Address == value &&
        value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && value[(at + 1)..].Contains('.');

    private static string Label(string field) =>
        field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..].Replace('_', ' ');
}
