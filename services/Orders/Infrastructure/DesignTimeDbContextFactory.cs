using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.Orders.Infrastructure;

internal sealed class DesignTimeDbContextFactory()
    : ServiceDbContextFactory<OrdersDbContext>(OrdersDbContext.SchemaName, (options, tenant) => new OrdersDbContext(options, tenant));
