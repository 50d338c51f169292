using MassTransit;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>Everything Orders publishes.</summary>
public static class OrdersEvents
{
    public static Task<BusEvents> ListenAsync(IBus bus) => BusEvents.ListenAsync(bus, events => events
            .To<CustomerCreated>()
            .To<CustomerUpdated>()
            .To<CustomerDeleted>()
            .To<OrderPlaced>()
            .To<OrderConfirmed>()
            .To<OrderStatusChanged>()
            .To<OrderCancelled>());
}
