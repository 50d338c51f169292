using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>Takes or makes the request's correlation id, echoes it, and puts it in every log line and trace.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[CorrelationContext.HeaderName].ToString();
        var correlationId = CorrelationContext.IsAcceptable(incoming)
            ? incoming
            : Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");

        // Forwarded by the gateway's proxy to the service, which keeps it.
        context.Request.Headers[CorrelationContext.HeaderName] = correlationId;
        // Set as the answer starts, replacing the copy a proxied service sent back: the header appears once.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationContext.HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        CorrelationContext.Current = correlationId;
        Activity.Current?.SetTag("correlation.id", correlationId);

        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }
}
