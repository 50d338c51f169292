using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's DbContext on <c>ConnectionStrings__{connectionName}</c>, with snake_case names,
    /// migrations history in the service's own schema, tenant-scoped connections and the outbox dispatcher.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName, string schema)
        where TContext : ServiceDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured");

        builder.Services.AddScoped<Tenancy.TenantContext>();
        builder.Services.AddScoped<TenantConnectionInterceptor>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddDbContext<TContext>((sp, o) => o
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<TenantConnectionInterceptor>(), new OutboxSaveChangesInterceptor(sp.GetRequiredService<OutboxSignal>())));

        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(tags: [Extensions.ReadyTag, Health.HealthAnswer.DatabaseTag]);
        return builder;
    }

    /// <summary>Each service applies its own migrations at start-up, retrying while the database comes up.</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : DbContext
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Migrations");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await db.Database.MigrateAsync();
                return;
            }
            catch (Npgsql.NpgsqlException ex) when (attempt < 30)
            {
                logger.LogWarning("Database not reachable yet ({Message}); retry {Attempt}", ex.Message, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * attempt, 2000)));
            }
        }
    }
}
