using QommerceHub.Identity.Apis;
using QommerceHub.Identity.Extensions;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.ServiceDefaults;

await ServiceApp.RunAsync<IdentityDbContext>(args, builder => builder.AddApplicationServices(), app =>
{
    app.MapWellKnownApi();
    app.MapRevocationsApi();
    app.MapTenantsApi();
    app.MapStaffApi();
    app.MapCustomizationApi();
});
