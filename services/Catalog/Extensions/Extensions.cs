using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Services;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Catalog.Extensions;

/// <summary>All of Catalog's wiring in one place.</summary>
public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CatalogDbContext>("catalogdb", CatalogDbContext.SchemaName);
        builder.AddServiceBus("catalog", x => x.AddServiceConsumers(typeof(Extensions).Assembly));

        builder.Services.AddScoped<StockChanges>();
        builder.Services.AddScoped<InventoryItems>();
        builder.Services.AddScoped<StockAdjustments>();
        builder.Services.AddScoped<ItemImages>();
        builder.Services.AddScoped<StockReservations>();
        builder.Services.AddScoped<InventoryImport>();
        builder.Services.Configure<ImageStorageOptions>(builder.Configuration.GetSection(ImageStorageOptions.Section));
        builder.Services.AddSingleton<ProductImageStore>();
        builder.AddJwtValidation();
    }
}
