using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using MassTransit;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

public class OrderTracingTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Events_an_order_causes_are_consumed_in_the_trace_of_the_request_that_placed_it()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        await using var traces = await ConsumedTraces.ListenAsync(Host.Bus);
        var requestTrace = ActivityTraceId.CreateRandom();

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 1 } } }, options: ApiJson.Options),
        };
        request.Headers.Add("traceparent", $"00-{requestTrace}-{ActivitySpanId.CreateRandom()}-01");
        var order = await (await store.Client.SendAsync(request)).ReadAsync<OrderResponse>(HttpStatusCode.Created);

        // OrderPlaced is written by the request; OrderConfirmed by Orders' consumer of the stock answer, one hop further.
        var placed = await traces.WaitFor<OrderPlaced>(store.TenantId);
        var confirmed = await traces.WaitFor<OrderConfirmed>(store.TenantId);
        Assert.Equal((order.Id, order.Id), (placed.Message.OrderId, confirmed.Message.OrderId));
        Assert.Equal((requestTrace, requestTrace), (placed.TraceId, confirmed.TraceId));
    }

    /// <summary>The trace each event was consumed in, as a consumer in another service would see it.</summary>
    private sealed class ConsumedTraces : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(IntegrationEvent Message, ActivityTraceId TraceId)> consumed = new();
        private HostReceiveEndpointHandle? handle;

        public static async Task<ConsumedTraces> ListenAsync(IBus bus)
        {
            var traces = new ConsumedTraces();
            traces.handle = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance, endpoint =>
            {
                endpoint.Handler<OrderPlaced>(traces.Record);
                endpoint.Handler<OrderConfirmed>(traces.Record);
            });
            await traces.handle.Ready;
            return traces;
        }

        public async Task<(T Message, ActivityTraceId TraceId)> WaitFor<T>(int tenantId) where T : IntegrationEvent
        {
            var found = await Eventually.Until(
                () => Task.FromResult(consumed.Where(c => c.Message is T && c.Message.TenantId == tenantId).ToList()),
                c => c.Count > 0, what: $"{typeof(T).Name} consumed");
            return ((T)found[0].Message, found[0].TraceId);
        }

        public async ValueTask DisposeAsync()
        {
            if (handle is not null) await handle.StopAsync();
        }

        private Task Record<T>(ConsumeContext<T> context) where T : IntegrationEvent
        {
            consumed.Enqueue((context.Message, Activity.Current?.TraceId ?? default));
            return Task.CompletedTask;
        }
    }
}
