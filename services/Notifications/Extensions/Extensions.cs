using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Rendering;
using QommerceHub.Notifications.Services;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var smtp = new SmtpSettings();
        builder.Configuration.GetSection("Smtp").Bind(smtp);
        builder.Services.AddSingleton(smtp);
        builder.Services.AddSingleton(smtp.ToRetrySchedule());
        builder.Services.AddSingleton(new TemplateRenderer(Path.Combine(AppContext.BaseDirectory, "Templates")));
        builder.Services.AddScoped<MailComposer>();
        builder.Services.AddScoped<OrderEmails>();
        builder.Services.AddScoped<StoreOwnerEmails>();
        builder.Services.AddHostedService<MailDeliveryWorker>();

        builder.AddServiceDatabase<NotificationsDbContext>("notificationsdb", NotificationsDbContext.SchemaName);
        builder.AddServiceBus("notifications", x => x.AddServiceConsumers(typeof(Extensions).Assembly));
        builder.AddJwtValidation();
    }
}
