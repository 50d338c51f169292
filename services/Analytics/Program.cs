using QommerceHub.Analytics.Apis;
using QommerceHub.Analytics.Extensions;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Maintenance;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateDatabaseAsync<AnalyticsDbContext>() == AfterMigration.Exit) return;
if (MaintenanceCommands.IsCommand(args))
{
    Environment.ExitCode = await MaintenanceCommands.RunAsync(app.Services, args, Console.Out, CancellationToken.None);
    return;
}

app.UseServiceDefaults();
app.MapAnalyticsApi();

app.Run();
