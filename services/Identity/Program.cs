using QommerceHub.Identity.Apis;
using QommerceHub.Identity.Extensions;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateDatabaseAsync<IdentityDbContext>() == AfterMigration.Exit) return;
app.UseServiceDefaults();
app.MapWellKnownApi();
app.MapRevocationsApi();
app.MapTenantsApi();
app.MapStaffApi();
app.MapCustomizationApi();

app.Run();

