using System.Net;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Payments.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Service;

public sealed class AutomaticRefundTests(InfrastructureFixture infrastructure, PaymentsHosts hosts) : PaymentsTestBase(infrastructure, hosts)
{
    [Fact]
    public async Task Cancelled_paid_order_is_refunded_once_even_when_the_cancellation_arrives_twice()
    {
        var store = await StripeStoreAsync();
        var orderId = await store.ConfirmedOrderAsync(total: 33m);
        var paymentIntentId = await store.OpenIntentAsync(orderId);
        await store.SendSignedWebhookAsync("payment_intent.succeeded", store.Host.Stripe!.Succeed(paymentIntentId));
        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 3m), HttpStatusCode.OK);
        var cancelled = new OrderCancelled { TenantId = store.TenantId, OrderId = orderId, Reason = "customer_request", WasPaid = true };
        var cancelledAgain = cancelled with { MessageId = Guid.NewGuid() };

        await store.PublishAsync(cancelled);
        await store.PublishAsync(cancelled); // redelivery: same message id
        await store.PublishAsync(cancelledAgain); // Orders saying it a second time: another message id

        await WaitUntilHandledAsync(store, cancelled.MessageId, cancelledAgain.MessageId);
        var refunds = await store.Host.Events.WaitFor<PaymentRefunded>(store.TenantId, e => e.Count == 2, "the staff and automatic refunds");
        var automatic = refunds.Single(r => r.Reason == "order_cancelled");
        Assert.Equal((30m, 33m, true), (automatic.Amount, automatic.TotalRefunded, automatic.FullyRefunded));
        Assert.Equal(2, await store.OutboxCountAsync("PaymentRefunded", paymentIntentId));
        var calls = store.Host.Stripe.Calls.Where(c => c.Path == "/v1/refunds" && c.Form["payment_intent"] == paymentIntentId).ToList();
        Assert.Equal(["300", "3000"], calls.Select(c => c.Form["amount"]));
        Assert.Equal($"qommercehub-refund-{store.TenantId}-{orderId}-cancelled", calls[1].IdempotencyKey);
    }

    [Fact]
    public async Task Payment_completed_at_Stripe_after_the_order_was_cancelled_is_refunded_straight_away()
    {
        var store = await StripeStoreAsync();
        var orderId = await store.ConfirmedOrderAsync(total: 14m);
        var paymentIntentId = await store.OpenIntentAsync(orderId);
        await store.PublishAsync(new OrderCancelled { TenantId = store.TenantId, OrderId = orderId, Reason = "customer_request", WasPaid = false });
        await store.WaitForOrderAsync(orderId, o => o.IsCancelled, "the cancellation");

        // The customer's browser still had Stripe's checkout open and paid.
        await StoreDriver.ExpectAsync(
            await store.SendSignedWebhookAsync("payment_intent.succeeded", store.Host.Stripe!.Succeed(paymentIntentId)), HttpStatusCode.OK);

        await store.Host.Events.WaitFor<PaymentSucceeded>(store.TenantId, e => e.Count == 1, "PaymentSucceeded");
        var refunded = (await store.Host.Events.WaitFor<PaymentRefunded>(store.TenantId, e => e.Count == 1, "the automatic refund")).Single();
        Assert.Equal((14m, true, "order_cancelled"), (refunded.Amount, refunded.FullyRefunded, refunded.Reason));
        Assert.Equal(1400, store.Host.Stripe.Intent(paymentIntentId).AmountRefunded);
    }

    [Fact]
    public async Task Cancelled_simulated_order_is_refunded_and_can_no_longer_be_paid()
    {
        var store = await SimulatedStoreAsync();
        var paidOrder = await store.ConfirmedOrderAsync(total: 12m);
        var paid = await store.OpenIntentAsync(paidOrder);
        await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(paid, "4242424242424242"), HttpStatusCode.OK);
        var unpaidOrder = await store.ConfirmedOrderAsync();
        var unpaid = await store.OpenIntentAsync(unpaidOrder);

        await store.PublishAsync(new OrderCancelled { TenantId = store.TenantId, OrderId = paidOrder, Reason = "customer_request", WasPaid = true });
        await store.PublishAsync(new OrderCancelled { TenantId = store.TenantId, OrderId = unpaidOrder, Reason = "customer_request", WasPaid = false });

        var refunded = (await store.Host.Events.WaitFor<PaymentRefunded>(store.TenantId, e => e.Count == 1, "the automatic refund")).Single();
        Assert.Equal((paidOrder, 12m, true, true), (refunded.OrderId, refunded.Amount, refunded.FullyRefunded, refunded.Simulated));
        await store.WaitForOrderAsync(unpaidOrder, o => o.IsCancelled, "the unpaid order's cancellation");
        var refused = await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(unpaid, "4242424242424242"), HttpStatusCode.Conflict);
        Assert.Equal("A cancelled order cannot be paid", refused["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancellation_that_overtakes_the_confirmation_keeps_the_order_unpayable()
    {
        var store = await StripeStoreAsync();
        var orderId = store.NextOrderId();

        await store.PublishAsync(new OrderCancelled { TenantId = store.TenantId, OrderId = orderId, Reason = "insufficient_stock", WasPaid = false });
        await store.WaitForOrderAsync(orderId, o => o.IsCancelled, "the cancellation");
        var confirmed = store.OrderConfirmed(orderId, 9m);
        await store.PublishAsync(confirmed);
        await WaitUntilHandledAsync(store, confirmed.MessageId);

        await StoreDriver.ExpectAsync(await store.CreateIntentAsync(orderId), HttpStatusCode.Conflict);
    }

    /// <summary>Consumers record each message id they apply; waiting for those rows means every delivery was handled.</summary>
    private static Task WaitUntilHandledAsync(StoreDriver store, params Guid[] messageIds) =>
        Eventually.Until(
            () => store.ReadAsync(db => db.InboxMessages.CountAsync(m => messageIds.Contains(m.MessageId))),
            count => count >= messageIds.Length, TimeSpan.FromSeconds(20), "the messages to be handled");
}
