using QommerceHub.Payments.Apis;
using QommerceHub.Payments.Extensions;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateDatabaseAsync<PaymentsDbContext>() == AfterMigration.Exit) return;
app.UseServiceDefaults();
app.MapPaymentsApi();

app.Run();
