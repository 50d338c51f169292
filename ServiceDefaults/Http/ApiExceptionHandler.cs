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
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = message, Extensions = { ["error"] = message } },
        });
    }

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
        OperationCanceledException => (499, "The request was cancelled"),
        _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred"),
    };
}
