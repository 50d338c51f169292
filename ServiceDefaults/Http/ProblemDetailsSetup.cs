using System.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace QommerceHub.ServiceDefaults.Http;

public static class ProblemDetailsSetup
{
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            problem.Extensions.TryAdd("error", problem.Detail ?? problem.Title ?? "The request failed");
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
            if (CorrelationContext.Current is { } correlationId)
                problem.Extensions["correlationId"] = correlationId;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures (malformed JSON, wrong types) go through the exception handler, so they get the same shape.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}
