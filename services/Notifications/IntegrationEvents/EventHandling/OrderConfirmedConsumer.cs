using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

/// <summary>Remembers who placed a confirmed order; the confirmation email itself waits for the invoice.</summary>
public sealed class OrderConfirmedConsumer(NotificationsDbContext db, ILogger<OrderConfirmedConsumer> logger)
    : IdempotentBatchConsumer<OrderConfirmed, NotificationsDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<OrderConfirmed> messages, CancellationToken cancellationToken)
    {
        var orderIds = messages.Select(m => m.OrderId).Distinct().ToList();
        return Db.OrderContacts.Where(c => c.TenantId == messages[0].TenantId && orderIds.Contains(c.OrderId)).LoadAsync(cancellationToken);
    }

    protected override Task HandleAsync(OrderConfirmed message, CancellationToken cancellationToken)
    {
        // Known already, or confirmed twice in this batch.
        if (Db.OrderContacts.Local.Any(c => c.TenantId == message.TenantId && c.OrderId == message.OrderId)) return Task.CompletedTask;
        Db.OrderContacts.Add(new OrderContact
        {
            TenantId = message.TenantId,
            OrderId = message.OrderId,
            CustomerName = message.CustomerName,
            CustomerEmail = message.CustomerEmail,
            Currency = message.Currency,
        });
        return Task.CompletedTask;
    }
}
