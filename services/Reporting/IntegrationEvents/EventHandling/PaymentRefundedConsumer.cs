using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Invoices;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>A refund updates the books and issues a credit note for the refunded amount.</summary>
public sealed class PaymentRefundedConsumer(ReportingDbContext db, InvoiceIssuer invoices, ILogger<PaymentRefundedConsumer> logger)
    : IdempotentConsumer<PaymentRefunded, ReportingDbContext>(db, logger)
{
    protected override async Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        var order = await SalesOrderRows.FindOrderAsync(Db, message.OrderId, cancellationToken);
        order.AmountRefunded = Math.Max(order.AmountRefunded, message.TotalRefunded);
        order.PaymentStatus = message.FullyRefunded ? PaymentStatuses.Refunded : PaymentStatuses.PartiallyRefunded;
        if (message.Amount > 0)
            await invoices.IssueCreditNoteAsync(order, message.Amount, message.Reason, message.MessageId, cancellationToken);
    }
}
