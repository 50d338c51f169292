using QommerceHub.Orders.Apis;
using QommerceHub.Orders.Extensions;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateDatabaseAsync<OrdersDbContext>() == AfterMigration.Exit) return;
app.UseServiceDefaults();
app.MapCustomersApi();
app.MapOrdersApi();

app.Run();
