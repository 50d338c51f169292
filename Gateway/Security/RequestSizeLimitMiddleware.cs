using Microsoft.AspNetCore.Http.Features;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Gateway.Security;

/// <summary>
/// JSON requests may carry 1 MB, uploads and imports more (configurable). A declared length over the limit
/// is refused before the body is read, with a clear 413.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long normalLimit = configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? 1024 * 1024;
    private readonly long uploadLimit = configuration.GetValue<long?>("Limits:MaxUploadBodyBytes") ?? 6 * 1024 * 1024;
    private readonly string[] uploadSuffixes = configuration.GetSection("Limits:UploadPathSuffixes").Get<string[]>() ?? [];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var limit = uploadSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase)) ? uploadLimit : normalLimit;
        if (context.Request.ContentLength > limit)
        {
            await ApiResults.Error(StatusCodes.Status413PayloadTooLarge,
                $"The request body is too large (limit {limit / 1024} KB)").ExecuteAsync(context);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        await next(context);
    }
}
