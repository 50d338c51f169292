using MassTransit;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Support;

/// <summary>Everything Catalog publishes.</summary>
public static class CatalogEvents
{
    public static Task<BusEvents> ListenAsync(IBus bus) => BusEvents.ListenAsync(bus, events => events
            .To<ProductCreated>()
            .To<ProductUpdated>()
            .To<ProductDeleted>()
            .To<ProductRestored>()
            .To<StockLevelChanged>()
            .To<LowStockDetected>()
            .To<StockReserved>()
            .To<StockReservationFailed>()
            .To<StockReleased>());
}
