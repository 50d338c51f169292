using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.ServiceDefaults.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without a database or the app's configuration, with the
/// same naming and history table as <see cref="DatabaseExtensions.AddServiceDatabase{TContext}"/>. EF finds the factory
/// only in the service's own assembly, so each service declares a one-line subclass.
/// </summary>
public abstract class ServiceDbContextFactory<TContext>(string schema, Func<DbContextOptions<TContext>, TenantContext, TContext> create)
    : IDesignTimeDbContextFactory<TContext> where TContext : ServiceDbContext
{
    public TContext CreateDbContext(string[] args) => create(
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention()
            .Options,
        new TenantContext());
}
