using Microsoft.AspNetCore.Mvc;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Identity.Apis;

/// <summary>The original API's <c>/api/customization</c> routes: the store's theme, logo and background.</summary>
public static partial class CustomizationApi
{
    // Room for the multipart framing around a file of the largest allowed size.
    private const int MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapCustomizationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customization").WithTags("Customization");
        // Only the asset download is anonymous; each route declares its own token problems.
        api.MapGet("/", GetTheme).WithSummary("Get the store's theme").ProducesTokenProblems();
        api.MapPut("/", UpdateTheme).RequirePermission(Permissions.Settings)
            .WithSummary("Change the store's theme").ProducesTokenProblems().ProducesProblems(400);
        api.MapPost("/logo", UploadLogo).RequirePermission(Permissions.Settings)
            .WithSummary("Upload the store's logo").ProducesTokenProblems().ProducesProblems(400, 413)
            .DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxLogoBytes + MultipartOverhead));
        api.MapDelete("/logo", RemoveLogo).RequirePermission(Permissions.Settings)
            .WithSummary("Remove the store's logo").ProducesTokenProblems();
        api.MapPost("/background", UploadBackground).RequirePermission(Permissions.Settings)
            .WithSummary("Upload the store's background image").ProducesTokenProblems().ProducesProblems(400, 413)
            .DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxBackgroundBytes + MultipartOverhead));
        api.MapDelete("/background", RemoveBackground).RequirePermission(Permissions.Settings)
            .WithSummary("Remove the store's background image").ProducesTokenProblems();
        api.MapGet("/assets/{tenantId}/{kind}/{hash}", Get).AllowAnonymous()
            .WithSummary("Download a store's logo or background").ProducesProblems(404);
        return app;
    }
}
