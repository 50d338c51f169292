using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Catalog.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database or the app's configuration.</summary>
public sealed class CatalogDbContextFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time_only", npgsql =>
                npgsql.MigrationsHistoryTable("__ef_migrations_history", CatalogDbContext.SchemaName))
            .UseSnakeCaseNamingConvention()
            .Options;
        return new CatalogDbContext(options, new TenantContext());
    }
}
