using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.ServiceDefaults.Tenancy;

/// <summary>Store data is reached only for the store in the token: a token that names none gets 403, never data.</summary>
public sealed class RequireTenantFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<TenantContext>();
        return tenant.TenantId is null
            ? ApiResults.Error(StatusCodes.Status403Forbidden, "The access token names no store")
            : await next(context);
    }
}
