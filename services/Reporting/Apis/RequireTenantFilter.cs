using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Apis;

/// <summary>Every report acts for the store in the token; a token without one sees nothing.</summary>
internal sealed class RequireTenantFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<TenantContext>();
        return tenant.TenantId is null
            ? ApiResults.Error(StatusCodes.Status403Forbidden, "The access token names no store")
            : await next(context);
    }
}
