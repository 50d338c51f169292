using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Live;
using QommerceHub.Analytics.Maintenance;
using QommerceHub.Analytics.Projections;
using QommerceHub.Analytics.Reports;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Analytics.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AnalyticsDbContext>("analyticsdb", AnalyticsDbContext.SchemaName);
        builder.AddServiceBus("analytics", x => x.AddServiceConsumers(typeof(Extensions).Assembly));
        builder.AddJwtValidation();

        builder.Services.AddSingleton<SalesUpdateHub>();
        builder.Services.AddSingleton<SalesUpdateListener>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SalesUpdateListener>());
        builder.Services.AddScoped<PendingSalesUpdates>();
        builder.Services.AddScoped<SalesUpdateInterceptor>();
        builder.Services.ConfigureDbContext<AnalyticsDbContext>(
            (sp, options) => options.AddInterceptors(sp.GetRequiredService<SalesUpdateInterceptor>()), ServiceLifetime.Scoped);

        builder.Services.AddScoped<AggregationMode>();
        builder.Services.AddScoped<RowLocks>();
        builder.Services.AddScoped<SalesAggregates>();
        builder.Services.AddScoped<ReplicaPlaceholders>();
        builder.Services.AddScoped<OrderProjection>();
        builder.Services.AddScoped<CatalogProjection>();
        builder.Services.AddScoped<CustomerProjection>();
        builder.Services.AddScoped<EventProjections>();
        builder.Services.AddScoped<Projector>();

        builder.Services.AddScoped<SalesSlices>();
        builder.Services.AddScoped<TopLists>();
        builder.Services.AddScoped<RecentOrders>();
        builder.Services.AddScoped<RankingWindows>();
        builder.Services.AddScoped<InventoryFigures>();
        builder.Services.AddScoped<SalesReports>();

        builder.Services.AddSingleton<ReadModelSettlement>();
        builder.Services.AddSingleton<ReadModelRebuild>();
        builder.Services.AddSingleton<ReadModelCheck>();
    }
}
