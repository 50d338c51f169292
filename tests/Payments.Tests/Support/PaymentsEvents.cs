using MassTransit;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Support;

/// <summary>Everything Payments publishes, as Orders would receive it.</summary>
public static class PaymentsEvents
{
    public static Task<BusEvents> ListenAsync(IBus bus) => BusEvents.ListenAsync(bus, events => events
            .To<PaymentSucceeded>()
            .To<PaymentFailed>()
            .To<PaymentRefunded>());
}
