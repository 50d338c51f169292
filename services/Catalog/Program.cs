using QommerceHub.Catalog.Apis;
using QommerceHub.Catalog.Extensions;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddJwtValidation();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateDatabaseAsync<CatalogDbContext>() == AfterMigration.Exit) return;
app.UseServiceDefaults();
app.MapInventoryApi();

app.Run();
