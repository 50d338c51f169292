using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Invoices;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class PaymentSucceededConsumer(ReportingDbContext db, ILogger<PaymentSucceededConsumer> logger)
    : IdempotentConsumer<PaymentSucceeded, ReportingDbContext>(db, logger)
{
    protected override async Task HandleAsync(PaymentSucceeded message, CancellationToken cancellationToken)
    {
        var order = await PaymentEvents.FindOrderAsync(Db, message.OrderId, cancellationToken);
        order.AmountPaid += message.Amount;
        if (order.PaymentStatus == PaymentStatuses.Unpaid) order.PaymentStatus = PaymentStatuses.Paid;
    }
}

/// <summary>A refund updates the books and issues a credit note for the refunded amount.</summary>
public sealed class PaymentRefundedConsumer(ReportingDbContext db, InvoiceIssuer invoices, ILogger<PaymentRefundedConsumer> logger)
    : IdempotentConsumer<PaymentRefunded, ReportingDbContext>(db, logger)
{
    protected override async Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        var order = await PaymentEvents.FindOrderAsync(Db, message.OrderId, cancellationToken);
        order.AmountRefunded = Math.Max(order.AmountRefunded, message.TotalRefunded);
        order.PaymentStatus = message.FullyRefunded ? PaymentStatuses.Refunded : PaymentStatuses.PartiallyRefunded;
        if (message.Amount > 0)
            await invoices.IssueCreditNoteAsync(order, message.Amount, message.Reason, message.MessageId, cancellationToken);
    }
}

internal static class PaymentEvents
{
    /// <summary>
    /// A payment follows its order's confirmation; if the confirmation has not arrived yet, failing sends the
    /// payment event back for a retry instead of losing it.
    /// </summary>
    public static async Task<SalesOrder> FindOrderAsync(ReportingDbContext db, int orderId, CancellationToken cancellationToken) =>
        await db.SalesOrders.FirstOrDefaultAsync(o => o.OrderId == orderId, cancellationToken)
        ?? throw new InvalidOperationException($"Order {orderId} is not confirmed in Reporting yet");
}
