using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>Turns exceptions into problem details: clear for bad input, opaque (no stack trace) for faults.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, message) = Describe(exception);
        if (status >= 500)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        else
            logger.LogInformation("Rejected request on {Path}: {Reason}", httpContext.Request.Path, message);

        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = message, Extensions = { ["error"] = message } },
        };
        if (JsonFieldOf(exception) is { } field)
            context.ProblemDetails.Extensions["details"] = new[] { new { field, message = "This value is not valid JSON or has the wrong type" } };
        return await problems.TryWriteAsync(context);
    }

    /// <summary>The body field the JSON reader stopped at ("items[0].quantity"), so the client can point at it.</summary>
    private static string? JsonFieldOf(Exception exception) =>
        exception is BadHttpRequestException { InnerException: JsonException { Path: { } path } } && path.StartsWith("$.", StringComparison.Ordinal)
            ? path[2..]
            : null;

    private static (int Status, string Message) Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, "The request body is too large"),
        BadHttpRequestException { InnerException: JsonException } =>
            (StatusCodes.Status400BadRequest, "The request body is not valid JSON or has a field of the wrong type"),
        BadHttpRequestException bad when bad.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase) =>
            (StatusCodes.Status400BadRequest, "The request body is not valid JSON or has a field of the wrong type"),
        BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 415
            ? "The request body must be JSON (Content-Type: application/json)"
            : "The request is malformed: " + bad.Message),
        InvalidDataException => (StatusCodes.Status400BadRequest, MultipartForm.Malformed),
        OperationCanceledException => (499, "The request was cancelled"),
        _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred"),
    };
}
