using QommerceHub.Orders.Apis;
using QommerceHub.Orders.Extensions;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.ServiceDefaults;

await ServiceApp.RunAsync<OrdersDbContext>(args, builder => builder.AddApplicationServices(), app =>
{
    app.MapCustomersApi();
    app.MapOrdersApi();
});
