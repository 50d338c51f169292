using QommerceHub.Reporting.Apis;
using QommerceHub.Reporting.Extensions;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateDatabaseAsync<ReportingDbContext>() == AfterMigration.Exit) return;
app.UseServiceDefaults();
app.MapInvoicesApi();
app.MapReportsApi();

app.Run();
