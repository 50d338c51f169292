using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.Payments.Infrastructure;

internal sealed class DesignTimeDbContextFactory()
    : ServiceDbContextFactory<PaymentsDbContext>(PaymentsDbContext.SchemaName, (options, tenant) => new PaymentsDbContext(options, tenant));
