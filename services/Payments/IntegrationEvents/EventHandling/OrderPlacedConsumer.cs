using QommerceHub.Contracts;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Payments.IntegrationEvents.EventHandling;

/// <summary>Knows an order before it is confirmed, so paying it early is a clear 409 rather than an unknown order.</summary>
public sealed class OrderPlacedConsumer(PaymentsDbContext db, ILogger<OrderPlacedConsumer> logger)
    : IdempotentBatchConsumer<OrderPlaced, PaymentsDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<OrderPlaced> messages, CancellationToken cancellationToken) =>
        PayableOrderRows.LoadAsync(Db, messages.Select(m => m.OrderId), cancellationToken);

    protected override Task HandleAsync(OrderPlaced message, CancellationToken cancellationToken)
    {
        var order = PayableOrderRows.FindOrAdd(Db, message.TenantId, message.OrderId);
        order.PlacedAt ??= message.OccurredAt;
        order.CustomerId ??= message.CustomerId;
        // A confirmation that overtook this message already carries the amount to charge: keep it.
        if (order.IsConfirmed) return Task.CompletedTask;
        order.Amount = message.TotalAmount;
        order.Currency = message.Currency.ToUpperInvariant();
        return Task.CompletedTask;
    }
}
