using QommerceHub.Analytics.Apis;
using QommerceHub.Analytics.Extensions;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Maintenance;
using QommerceHub.ServiceDefaults;

await ServiceApp.RunAsync<AnalyticsDbContext>(args, builder => builder.AddApplicationServices(), app => app.MapAnalyticsApi(),
    runCommand: MaintenanceCommands.TryRunAsync);
