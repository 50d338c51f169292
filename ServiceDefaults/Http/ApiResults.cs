using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

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
}
