using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OrdersDbContext>
{
    public OrdersDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<OrdersDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", OrdersDbContext.SchemaName))
            .UseSnakeCaseNamingConvention()
            .Options,
        new TenantContext());
}
