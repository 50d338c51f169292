namespace QommerceHub.Identity.Apis;

/// <summary>The seed's <c>/api/customization</c> routes: the store's theme.</summary>
public static class CustomizationApi
{
    public static IEndpointRouteBuilder MapCustomizationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customization").WithTags("Customization");
        api.MapGet("/", CustomizationEndpoints.GetTheme);
        api.MapPut("/", CustomizationEndpoints.UpdateTheme).RequireAuthorization(ServiceDefaults.Auth.Policies.Managers);
        return app;
    }
}
