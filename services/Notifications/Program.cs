using QommerceHub.Notifications.Extensions;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateDatabaseAsync<NotificationsDbContext>() == AfterMigration.Exit) return;
app.UseServiceDefaults();

app.Run();

