using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.Analytics.Infrastructure;

internal sealed class DesignTimeDbContextFactory()
    : ServiceDbContextFactory<AnalyticsDbContext>(AnalyticsDbContext.SchemaName, (options, tenant) => new AnalyticsDbContext(options, tenant));
