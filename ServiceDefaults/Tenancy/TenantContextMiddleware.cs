using System.Globalization;
using Microsoft.AspNetCore.Http;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.ServiceDefaults.Tenancy;

public sealed class TenantContextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true &&
            int.TryParse(user.FindFirst(TokenConventions.TenantIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var tenantId))
        {
            int? userId = int.TryParse(user.FindFirst("sub")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
            tenant.Use(tenantId, userId, user.FindFirst(TokenConventions.RoleClaim)?.Value, user.FindFirst(TokenConventions.EmailClaim)?.Value);
        }
        return next(context);
    }
}
