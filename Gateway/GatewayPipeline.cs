using QommerceHub.Gateway.Security;
using QommerceHub.Gateway.Web;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Gateway;

public static class GatewayPipeline
{
    /// <summary>
    /// The order matters: headers and size limits apply to everything; static files need no token;
    /// rate limits see the validated tenant but run before authorization, so anonymous floods are limited too.
    /// </summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseWebApp();
        app.UseRouting();
        app.UseCors();
        app.UseMiddleware<AuthRequestEmailReader>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        return app;
    }
}
