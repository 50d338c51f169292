using QommerceHub.Contracts;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Payments.IntegrationEvents.EventHandling;

/// <summary>A confirmed order becomes payable, for the amount and currency Orders confirmed.</summary>
public sealed class OrderConfirmedConsumer(PaymentsDbContext db, ILogger<OrderConfirmedConsumer> logger)
    : IdempotentBatchConsumer<OrderConfirmed, PaymentsDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<OrderConfirmed> messages, CancellationToken cancellationToken) =>
        PayableOrderRows.LoadAsync(Db, messages.Select(m => m.OrderId), cancellationToken);

    protected override Task HandleAsync(OrderConfirmed message, CancellationToken cancellationToken)
    {
        var order = PayableOrderRows.FindOrAdd(Db, message.TenantId, message.OrderId);
        order.CustomerId = message.CustomerId;
        order.CustomerName = message.CustomerName;
        order.CustomerEmail = message.CustomerEmail;
        order.Amount = message.TotalAmount;
        order.Currency = message.Currency.ToUpperInvariant();
        order.PlacedAt = message.PlacedAt;
        order.ConfirmedAt ??= message.OccurredAt;
        return Task.CompletedTask;
    }
}
