using Microsoft.AspNetCore.Mvc;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Identity.Apis;

/// <summary>The original API's <c>/api/customization</c> routes: the store's theme, logo and background.</summary>
public static class CustomizationApi
{
    // Room for the multipart framing around a file of the largest allowed size.
    private const int MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapCustomizationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customization").WithTags("Customization");
        api.MapGet("/", CustomizationEndpoints.GetTheme);
        api.MapPut("/", CustomizationEndpoints.UpdateTheme).RequirePermission(Permissions.Settings);
        api.MapPost("/logo", StoreAssetEndpoints.UploadLogo).RequirePermission(Permissions.Settings)
            .DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(StoreAssetEndpoints.MaxLogoBytes + MultipartOverhead));
        api.MapDelete("/logo", StoreAssetEndpoints.RemoveLogo).RequirePermission(Permissions.Settings);
        api.MapPost("/background", StoreAssetEndpoints.UploadBackground).RequirePermission(Permissions.Settings)
            .DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(StoreAssetEndpoints.MaxBackgroundBytes + MultipartOverhead));
        api.MapDelete("/background", StoreAssetEndpoints.RemoveBackground).RequirePermission(Permissions.Settings);
        api.MapGet("/assets/{tenantId}/{kind}/{hash}", StoreAssetEndpoints.Get).AllowAnonymous();
        return app;
    }
}
