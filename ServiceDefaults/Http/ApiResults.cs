using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>Problem-details answers carrying the seed API's <c>error</c> and <c>details</c> fields.</summary>
public static class ApiResults
{
    public static ProblemHttpResult Validation(FieldErrors errors) =>
        Validation(errors.All);

    public static ProblemHttpResult Validation(IReadOnlyList<FieldError> errors) =>
        TypedResults.Problem(
            title: "Validation failed",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["error"] = "Validation failed",
                ["details"] = errors.Select(e => new { field = e.Field, message = e.Message }).ToArray(),
                ["errors"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            });

    public static ProblemHttpResult Error(int status, string message, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>()) { ["error"] = message };
        return TypedResults.Problem(title: message, statusCode: status, extensions: extensions);
    }

    public static ProblemHttpResult NotFound(string what) => Error(StatusCodes.Status404NotFound, $"{what} not found");

    public static ProblemHttpResult Conflict(string message, IDictionary<string, object?>? extra = null) =>
        Error(StatusCodes.Status409Conflict, message, extra);

    public static ProblemHttpResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, message);

    /// <summary>The problem answer for a workflow's refusal: each <see cref="Refusal"/> has one status.</summary>
    public static ProblemHttpResult Problem<T>(Outcome<T> outcome) =>
        outcome switch
        {
            { Refusal: Refusal.Invalid, Fields: { Count: > 0 } fields } => Validation(fields),
            { Refusal: { } refusal } => Error(StatusOf(refusal), outcome.Error!, outcome.Details),
            _ => throw new ArgumentException("A successful outcome has no problem to answer", nameof(outcome)),
        };

    private static int StatusOf(Refusal refusal) => refusal switch
    {
        Refusal.Invalid => StatusCodes.Status400BadRequest,
        Refusal.Unauthenticated => StatusCodes.Status401Unauthorized,
        Refusal.Forbidden => StatusCodes.Status403Forbidden,
        Refusal.Locked => StatusCodes.Status423Locked,
        Refusal.NotFound => StatusCodes.Status404NotFound,
        Refusal.Conflict => StatusCodes.Status409Conflict,
        Refusal.Stale => StatusCodes.Status412PreconditionFailed,
        Refusal.ProviderFailed => StatusCodes.Status502BadGateway,
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };
}
