using System.Diagnostics;
using MassTransit;
using Npgsql;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Benchmark;

/// <summary>
/// Publishes new OrderConfirmed events through RabbitMQ, as Orders would, and times until the read model holds
/// every one of them: the rate at which the projection absorbs orders, ranking windows included.
/// </summary>
public sealed class ProjectionThroughput(BenchmarkOptions options, IBus bus, string superuserConnectionString)
{
    public sealed record Result(int Events, TimeSpan Publishing, TimeSpan Absorbing)
    {
        public double PerSecond => Events / Absorbing.TotalSeconds;
    }

    public async Task<Result> RunAsync(DateTimeOffset now)
    {
        await using var data = NpgsqlDataSource.Create(ReadModelSeeder.Unhurried(superuserConnectionString));
        var shop = new SyntheticShop(options, seed: 99);
        var firstId = await NextOrderIdAsync(data);
        var events = Enumerable.Range(firstId, options.Events).Select(id => Confirmed(shop, id, now.AddMinutes(-shop.Next(600)))).ToList();

        var clock = Stopwatch.StartNew();
        foreach (var batch in events.Chunk(200)) await Task.WhenAll(batch.Select(e => bus.Publish(e)));
        var publishing = clock.Elapsed;

        await using var count = data.CreateCommand("SELECT count(*) FROM analytics.orders WHERE tenant_id = $1 AND order_id >= $2 AND applied_status IS NOT NULL");
        count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.TenantId });
        count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = firstId });
        var deadline = TimeSpan.FromMinutes(30);
        while ((long)(await count.ExecuteScalarAsync())! < options.Events)
        {
            if (clock.Elapsed > deadline) throw new TimeoutException("The projection did not absorb the events within 30 minutes");
            await Task.Delay(50);
        }
        return new Result(options.Events, publishing, clock.Elapsed);
    }

    /// <summary>After the seeded orders and any a previous run added.</summary>
    private async Task<int> NextOrderIdAsync(NpgsqlDataSource data)
    {
        await using var max = data.CreateCommand("SELECT coalesce(max(order_id), 0) + 1 FROM analytics.orders WHERE tenant_id = $1");
        max.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.TenantId });
        return (int)(await max.ExecuteScalarAsync())!;
    }

    private OrderConfirmed Confirmed(SyntheticShop shop, int orderId, DateTimeOffset placedAt)
    {
        var lines = shop.PickLines().Select(l => new OrderLine(l.ProductId, $"Product {l.ProductId}", l.Quantity, SyntheticShop.PriceOf(l.ProductId))).ToList();
        var customerId = shop.PickCustomer();
        return new OrderConfirmed
        {
            TenantId = options.TenantId,
            OrderId = orderId,
            CustomerId = customerId,
            CustomerName = $"Customer {customerId}",
            Lines = lines,
            TotalAmount = lines.Sum(l => l.Quantity * l.UnitPrice),
            PlacedAt = placedAt,
        };
    }
}
