using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using QommerceHub.Payments;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Testing;

namespace QommerceHub.Deploy.Tests;

[Collection(InfrastructureFixture.Collection)]
public sealed class ReplicaMigrationTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Two_replicas_starting_together_on_an_empty_schema_both_come_up_and_the_schema_is_migrated_once()
    {
        Assert.Equal(0, await HistoryRowsAsync());
        var migrationLogs = new MigrationLogCapture();
        await using var first = Replica(migrationLogs);
        await using var second = Replica(migrationLogs);

        // Both hosts run Program.cs, migrations included, at the same moment, as two pods of one Deployment would.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in clients)
        {
            var health = await Eventually.Until(() => client.GetAsync("/health"), r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(60), "a healthy replica");
            Assert.True(health.IsSuccessStatusCode);
        }

        int known;
        await using (var scope = first.Services.CreateAsyncScope())
            known = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Database.GetMigrations().Count();
        Assert.True(known > 0);
        Assert.Equal(known, await HistoryRowsAsync());
        // One replica applied every migration, the other found none left: they took turns instead of racing.
        Assert.Equal([0, known], migrationLogs.AppliedCounts.Order().ToArray());
    }

    private WebApplicationFactory<PaymentsService> Replica(MigrationLogCapture logs) =>
        infrastructure.CreateService<PaymentsService>("payments")
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

    private async Task<long> HistoryRowsAsync()
    {
        await using var connection = new NpgsqlConnection(infrastructure.DatabaseFor("payments"));
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('payments.__ef_migrations_history') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!) return 0;
        await using var count = new NpgsqlCommand("SELECT count(*) FROM payments.__ef_migrations_history", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Reads the "Applied {Count} migrations" line each replica logs.</summary>
    private sealed class MigrationLogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<int> applied = new();

        public IReadOnlyList<int> AppliedCounts => applied.ToArray();

        public ILogger CreateLogger(string categoryName) => categoryName == "Migrations" ? new Logger(applied) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<int> applied) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (state is IReadOnlyList<KeyValuePair<string, object?>> values
                    && values.FirstOrDefault(v => v.Key == "Count").Value is int count)
                    applied.Enqueue(count);
            }
        }
    }
}
