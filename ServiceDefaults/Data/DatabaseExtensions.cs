using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        var connectionString = ServiceConnectionString.Tuned(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured"));

        builder.Services.AddScoped<Tenancy.TenantContext>();
        builder.Services.AddScoped<TenantConnectionInterceptor>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddDbContext<TContext>((sp, o) => o
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<TenantConnectionInterceptor>(), new OutboxSaveChangesInterceptor(sp.GetRequiredService<OutboxSignal>())));

        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(tags: [Extensions.ReadyTag, Health.HealthAnswer.DatabaseTag]);
        builder.Services.TryAddSingleton<OutboxProgress>();
        builder.Services.AddHealthChecks().AddCheck<OutboxProgress>("outbox", tags: [Extensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Each service applies its own migrations at start-up, retrying while the database comes up, under a
    /// per-schema advisory lock so replicas starting together migrate once. With <c>--migrate-only</c> (or
    /// <c>Database__MigrateOnly=true</c>) the process migrates and the caller exits: a Kubernetes init container
    /// or Job then needs only the database, never the broker.
    /// </summary>
    public static async Task<AfterMigration> MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : DbContext
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Migrations");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await using (await MigrationLock.AcquireAsync(db, app.Lifetime.ApplicationStopping))
                {
                    var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
                    await db.Database.MigrateAsync();
                    logger.LogInformation("Applied {Count} migrations to schema {Schema}: {Migrations}",
                        pending.Count, db.Model.GetDefaultSchema(), string.Join(", ", pending));
                }
                return IsMigrateOnly(app.Configuration) ? AfterMigration.Exit : AfterMigration.Serve;
            }
            catch (Npgsql.NpgsqlException ex) when (attempt < 30)
            {
                logger.LogWarning("Database not reachable yet ({Message}); retry {Attempt}", ex.Message, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * attempt, 2000)));
            }
        }
    }

    private static bool IsMigrateOnly(IConfiguration configuration) =>
        configuration.GetValue<bool>("Database:MigrateOnly") || Environment.GetCommandLineArgs().Contains("--migrate-only");

}

/// <summary>What a service does once its schema is up to date.</summary>
public enum AfterMigration
{
    Serve,
    Exit,
}
