using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class PaymentSucceededConsumer(ReportingDbContext db, ILogger<PaymentSucceededConsumer> logger)
    : IdempotentConsumer<PaymentSucceeded, ReportingDbContext>(db, logger)
{
    protected override async Task HandleAsync(PaymentSucceeded message, CancellationToken cancellationToken)
    {
        var order = await SalesOrderRows.FindOrderAsync(Db, message.OrderId, cancellationToken);
        order.AmountPaid += message.Amount;
        if (order.PaymentStatus == PaymentStatuses.Unpaid) order.PaymentStatus = PaymentStatuses.Paid;
    }
}
