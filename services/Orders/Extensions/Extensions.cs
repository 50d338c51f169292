using QommerceHub.Orders.Apis.Idempotency;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.Extensions;

/// <summary>All of Orders' wiring in one place.</summary>
public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<OrderSettings>(builder.Configuration.GetSection(OrderSettings.Section));
        builder.Services.AddSingleton<ReservationWaiter>();
        builder.Services.AddSingleton<IdempotencyStore>();
        builder.Services.AddScoped<IdempotentRequest>();
        builder.Services.AddScoped<OrderPlacement>();
        builder.Services.AddScoped<OrderSaga>();
        builder.Services.AddScoped<OrderStatusChanges>();
        builder.Services.AddScoped<CustomerChanges>();
        builder.Services.AddScoped<ProductReplica>();

        builder.AddServiceDatabase<OrdersDbContext>("ordersdb", OrdersDbContext.SchemaName);
        builder.AddServiceBus("orders", x => x.AddServiceConsumers(typeof(Extensions).Assembly));
        builder.AddJwtValidation();
    }
}
