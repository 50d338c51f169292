using QommerceHub.Catalog.Apis;
using QommerceHub.Catalog.Extensions;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.ServiceDefaults;

await ServiceApp.RunAsync<CatalogDbContext>(args, builder => builder.AddApplicationServices(), app => app.MapInventoryApi());
