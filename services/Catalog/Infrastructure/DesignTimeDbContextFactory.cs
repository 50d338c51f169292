using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.Catalog.Infrastructure;

internal sealed class DesignTimeDbContextFactory()
    : ServiceDbContextFactory<CatalogDbContext>(CatalogDbContext.SchemaName, (options, tenant) => new CatalogDbContext(options, tenant));
