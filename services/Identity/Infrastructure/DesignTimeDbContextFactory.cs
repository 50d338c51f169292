using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.Identity.Infrastructure;

internal sealed class DesignTimeDbContextFactory()
    : ServiceDbContextFactory<IdentityDbContext>(IdentityDbContext.SchemaName, (options, tenant) => new IdentityDbContext(options, tenant));
