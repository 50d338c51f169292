using Npgsql;
using NpgsqlTypes;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Benchmark;

/// <summary>
/// Streams the orders and their lines into two COPYs at once, spread evenly over the span ending now, each
/// order's contribution computed by the service's own rules and summed per bucket of each width.
/// </summary>
public sealed class OrderCopy(BenchmarkOptions options, NpgsqlDataSource data)
{
    public async Task<Dictionary<(int Width, DateTimeOffset Start), BucketSums>> CopyAsync(DateTimeOffset now)
    {
        var shop = new SyntheticShop(options);
        var buckets = new Dictionary<(int Width, DateTimeOffset Start), BucketSums>();
        var first = now.AddDays(-options.SpanDays);
        var step = TimeSpan.FromTicks((now - first).Ticks / options.Orders);
        await using var orderConnection = await data.OpenConnectionAsync();
        await using var lineConnection = await data.OpenConnectionAsync();
        // Lines are written with their orders, so the foreign-key check per row (queued until the COPY ends) is skipped.
        await using (var skipChecks = new NpgsqlCommand("SET session_replication_role = replica", lineConnection))
            await skipChecks.ExecuteNonQueryAsync();
        await using var orders = await orderConnection.BeginBinaryImportAsync(
            "COPY analytics.orders (tenant_id, order_id, customer_id, placed_at, total_amount, currency, confirmed, status, cancelled, refunded_amount, applied_counted, applied_revenue, applied_status, updated_at) FROM STDIN (FORMAT BINARY)");
        await using var lines = await lineConnection.BeginBinaryImportAsync(
            "COPY analytics.order_lines (tenant_id, order_id, line_no, product_id, product_name, quantity, unit_price) FROM STDIN (FORMAT BINARY)");

        for (var orderId = 1; orderId <= options.Orders; orderId++)
        {
            var order = NextOrder(shop, orderId, first + step * (orderId - 1));
            await WriteLinesAsync(lines, orderId, order.Lines);
            var target = order.Fact.Target!;
            order.Fact.MarkApplied(target);
            await WriteOrderAsync(orders, order.Fact, now);
            foreach (var width in SalesBucket.Widths)
            {
                var bucket = (width, SalesBucket.StartOf(order.Fact.PlacedAt!.Value, width));
                if (!buckets.TryGetValue(bucket, out var sums)) buckets[bucket] = sums = new BucketSums();
                sums.Add(target);
            }
        }
        await orders.CompleteAsync();
        await lines.CompleteAsync();
        return buckets;
    }

    private (OrderFact Fact, (int ProductId, int Quantity)[] Lines) NextOrder(SyntheticShop shop, int orderId, DateTimeOffset placedAt)
    {
        var lines = shop.PickLines();
        var total = lines.Sum(l => l.Quantity * SyntheticShop.PriceOf(l.ProductId));
        var (status, cancelled, refunded) = shop.PickOutcome();
        var fact = new OrderFact
        {
            TenantId = options.TenantId,
            OrderId = orderId,
            CustomerId = shop.PickCustomer(),
            PlacedAt = placedAt,
            TotalAmount = total,
            Confirmed = true,
            RefundedAmount = refunded ? Math.Round(total * 0.3m, 2) : 0m,
        };
        fact.MoveTo(status);
        if (cancelled) fact.Cancel();
        return (fact, lines);
    }

    private async Task WriteOrderAsync(NpgsqlBinaryImporter copy, OrderFact order, DateTimeOffset now)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(order.TenantId, NpgsqlDbType.Integer);
        await copy.WriteAsync(order.OrderId, NpgsqlDbType.Integer);
        await copy.WriteAsync(order.CustomerId!.Value, NpgsqlDbType.Integer);
        await copy.WriteAsync(order.PlacedAt!.Value, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(order.TotalAmount, NpgsqlDbType.Numeric);
        await copy.WriteAsync(order.Currency, NpgsqlDbType.Varchar);
        await copy.WriteAsync(order.Confirmed, NpgsqlDbType.Boolean);
        await copy.WriteAsync(order.Status, NpgsqlDbType.Varchar);
        await copy.WriteAsync(order.Cancelled, NpgsqlDbType.Boolean);
        await copy.WriteAsync(order.RefundedAmount, NpgsqlDbType.Numeric);
        await copy.WriteAsync(order.AppliedCounted, NpgsqlDbType.Boolean);
        await copy.WriteAsync(order.AppliedRevenue, NpgsqlDbType.Numeric);
        await copy.WriteAsync(order.AppliedStatus!, NpgsqlDbType.Varchar);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
    }

    private async Task WriteLinesAsync(NpgsqlBinaryImporter copy, int orderId, (int ProductId, int Quantity)[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(options.TenantId, NpgsqlDbType.Integer);
            await copy.WriteAsync(orderId, NpgsqlDbType.Integer);
            await copy.WriteAsync(i + 1, NpgsqlDbType.Integer);
            await copy.WriteAsync(lines[i].ProductId, NpgsqlDbType.Integer);
            await copy.WriteAsync($"Product {lines[i].ProductId}", NpgsqlDbType.Varchar);
            await copy.WriteAsync(lines[i].Quantity, NpgsqlDbType.Integer);
            await copy.WriteAsync(SyntheticShop.PriceOf(lines[i].ProductId), NpgsqlDbType.Numeric);
        }
    }
}
