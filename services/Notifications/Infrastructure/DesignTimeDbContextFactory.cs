using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.Notifications.Infrastructure;

internal sealed class DesignTimeDbContextFactory()
    : ServiceDbContextFactory<NotificationsDbContext>(NotificationsDbContext.SchemaName, (options, tenant) => new NotificationsDbContext(options, tenant));
