using QommerceHub.Notifications.Extensions;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.ServiceDefaults;

await ServiceApp.RunAsync<NotificationsDbContext>(args, builder => builder.AddApplicationServices(), _ => { });
