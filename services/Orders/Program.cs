using QommerceHub.Orders.Apis;
using QommerceHub.Orders.Extensions;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

await app.MigrateDatabaseAsync<OrdersDbContext>();
app.UseServiceDefaults();
app.MapCustomersApi();
app.MapOrdersApi();

app.Run();
