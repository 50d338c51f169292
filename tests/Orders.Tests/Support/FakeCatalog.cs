using System.Collections.Concurrent;
using MassTransit;
using QommerceHub.Contracts;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>
/// Stands in for Catalog's side of the saga: answers OrderPlaced from a per-store stock table, all lines or none,
/// one order at a time per store. A store put on hold gets no answer, as if Catalog were down.
/// </summary>
public sealed class FakeCatalog : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, StoreStock> stores = new();
    private readonly ConcurrentDictionary<int, IntegrationEvent> answers = new();
    private HostReceiveEndpointHandle? handle;

    public static async Task<FakeCatalog> ListenAsync(IBus bus)
    {
        var catalog = new FakeCatalog();
        catalog.handle = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance,
            endpoint => endpoint.Handler<OrderPlaced>(catalog.AnswerAsync));
        await catalog.handle.Ready;
        return catalog;
    }

    public void Stock(int tenantId, int productId, int quantity) => StoreOf(tenantId).Set(productId, quantity);

    public int Available(int tenantId, int productId) => StoreOf(tenantId).Available(productId);

    /// <summary>The StockReserved or StockReservationFailed sent for an order, so a test can deliver it again.</summary>
    public IntegrationEvent AnswerTo(int orderId) =>
        answers.TryGetValue(orderId, out var answer) ? answer : throw new InvalidOperationException($"Order {orderId} was not answered");

    /// <summary>Orders of this store are received but not answered until the test answers them itself.</summary>
    public void Hold(int tenantId) => StoreOf(tenantId).OnHold = true;

    public async ValueTask DisposeAsync()
    {
        if (handle is not null) await handle.StopAsync();
    }

    private StoreStock StoreOf(int tenantId) => stores.GetOrAdd(tenantId, _ => new StoreStock());

    private Task AnswerAsync(ConsumeContext<OrderPlaced> context)
    {
        var order = context.Message;
        var store = StoreOf(order.TenantId);
        if (store.OnHold) return Task.CompletedTask;

        var shortfalls = store.TryReserve(order.Lines.Select(l => (l.ProductId, l.Quantity)).ToList());
        IntegrationEvent answer = shortfalls.Count == 0
            ? new StockReserved { TenantId = order.TenantId, OrderId = order.OrderId }
            : new StockReservationFailed { TenantId = order.TenantId, OrderId = order.OrderId, Shortfalls = shortfalls };
        answers[order.OrderId] = answer;
        return context.Publish(answer, answer.GetType());
    }

    private sealed class StoreStock
    {
        private readonly Dictionary<int, int> onHand = [];
        private readonly Lock gate = new();

        public bool OnHold { get; set; }

        public void Set(int productId, int quantity)
        {
            lock (gate) onHand[productId] = quantity;
        }

        public int Available(int productId)
        {
            lock (gate) return onHand.GetValueOrDefault(productId);
        }

        public List<StockShortfall> TryReserve(List<(int ProductId, int Quantity)> lines)
        {
            lock (gate)
            {
                var shortfalls = lines.Where(l => onHand.GetValueOrDefault(l.ProductId) < l.Quantity)
                    .Select(l => new StockShortfall(l.ProductId, l.Quantity, onHand.GetValueOrDefault(l.ProductId)))
                    .ToList();
                if (shortfalls.Count == 0)
                    foreach (var (productId, quantity) in lines) onHand[productId] -= quantity;
                return shortfalls;
            }
        }
    }
}
