using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>
/// Reads what Orders has committed to publish for a store. Unlike listening on the bus it is exact at the moment
/// of reading, so a test can show that a redelivery queued nothing new.
/// </summary>
public sealed class OutboxProbe(IServiceProvider services)
{
    public async Task<IReadOnlyList<T>> Of<T>(int tenantId) where T : IntegrationEvent
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var tenant = tenantId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = await db.OutboxMessages
            .FromSqlInterpolated($"SELECT * FROM orders.outbox_messages WHERE body->>'TenantId' = {tenant} ORDER BY id")
            .AsNoTracking()
            .ToListAsync();
        return rows.Select(r => r.ToMessage()).OfType<T>().ToList();
    }
}
