using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.Reporting.Infrastructure;

internal sealed class DesignTimeDbContextFactory()
    : ServiceDbContextFactory<ReportingDbContext>(ReportingDbContext.SchemaName, (options, tenant) => new ReportingDbContext(options, tenant));
