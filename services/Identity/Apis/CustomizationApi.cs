using Microsoft.AspNetCore.Mvc;

namespace QommerceHub.Identity.Apis;

/// <summary>The seed's <c>/api/customization</c> routes: the store's theme.</summary>
public static class CustomizationApi
{
    public static IEndpointRouteBuilder MapCustomizationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customization").WithTags("Customization");
        api.MapGet("/", CustomizationEndpoints.GetTheme);
        api.MapPut("/", CustomizationEndpoints.UpdateTheme).RequireAuthorization(ServiceDefaults.Auth.Policies.Managers);
        api.MapPost("/{kind}", StoreAssetEndpoints.Upload).RequireAuthorization(ServiceDefaults.Auth.Policies.Managers)
            .DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(StoreAssetEndpoints.MaxBytes + 64 * 1024));
        api.MapDelete("/{kind}", StoreAssetEndpoints.Remove).RequireAuthorization(ServiceDefaults.Auth.Policies.Managers);
        api.MapGet("/assets/{kind}", StoreAssetEndpoints.Get);
        return app;
    }
}
