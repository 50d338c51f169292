using System.Net;
using QommerceHub.Contracts;
using QommerceHub.Payments.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Service;

public sealed class StripeRefundTests(InfrastructureFixture infrastructure, PaymentsHosts hosts) : PaymentsTestBase(infrastructure, hosts)
{
    [Fact]
    public async Task Partial_then_full_refund_publishes_running_totals()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 40m);

        var partial = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 12.50m, "requested_by_customer"), HttpStatusCode.OK);
        var rest = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, reason: "Damaged in transit"), HttpStatusCode.OK);

        Assert.Equal((12.50m, 27.50m, false), (partial["amount"]!.GetValue<decimal>(), partial["amount_remaining"]!.GetValue<decimal>(), partial["fully_refunded"]!.GetValue<bool>()));
        Assert.Equal((27.50m, 40m, true), (rest["amount"]!.GetValue<decimal>(), rest["amount_refunded"]!.GetValue<decimal>(), rest["fully_refunded"]!.GetValue<bool>()));
        var events = await store.Host.Events.WaitFor<PaymentRefunded>(store.TenantId, e => e.Count == 2, "two PaymentRefunded");
        Assert.Equal([(12.50m, 12.50m, false), (27.50m, 40m, true)], events.OrderBy(e => e.TotalRefunded).Select(e => (e.Amount, e.TotalRefunded, e.FullyRefunded)));
        var calls = store.Host.Stripe!.Calls.Where(c => c.Path == "/v1/refunds" && c.Form["payment_intent"] == paymentIntentId).ToList();
        Assert.Equal(["1250", "2750"], calls.Select(c => c.Form["amount"]));
        Assert.Equal("requested_by_customer", calls[0].Form["reason"]);
        Assert.False(calls[1].Form.ContainsKey("reason")); // free text is not one of Stripe's reasons: it travels in metadata
        Assert.Equal("Damaged in transit", calls[1].Form["metadata[reason]"]);
        Assert.NotEqual(calls[0].IdempotencyKey, calls[1].IdempotencyKey);
    }

    [Fact]
    public async Task Refund_beyond_what_remains_is_409_and_reaches_no_provider()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 20m);
        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 15m), HttpStatusCode.OK);

        var over = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 5.01m), HttpStatusCode.Conflict);
        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 5m), HttpStatusCode.OK);
        var nothingLeft = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId), HttpStatusCode.Conflict);

        Assert.Equal(5m, over["amount_remaining"]!.GetValue<decimal>());
        Assert.Equal("The payment has already been fully refunded", nothingLeft["error"]!.GetValue<string>());
        Assert.Equal(2, store.Host.Stripe!.Calls.Count(c => c.Path == "/v1/refunds" && c.Form["payment_intent"] == paymentIntentId));
    }

    [Fact]
    public async Task Concurrent_refunds_never_give_back_more_than_was_paid()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 20m);

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => store.RefundAsync(paymentIntentId, 8m)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(16m, (await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK))["amount_refunded"]!.GetValue<decimal>());
        Assert.Equal(1600, store.Host.Stripe!.Intent(paymentIntentId).AmountRefunded);
    }

    [Fact]
    public async Task Unpaid_payment_cannot_be_refunded_and_only_the_owner_may_refund()
    {
        var store = await StripeStoreAsync();
        var unpaid = await store.OpenIntentAsync(await store.ConfirmedOrderAsync());
        var (owner, paid) = await PaidAsync(total: 10m);
        var staff = new StoreDriver(owner.Host, owner.TenantId, role: "staff");
        var manager = new StoreDriver(owner.Host, owner.TenantId, role: "manager");

        await StoreDriver.ExpectAsync(await store.RefundAsync(unpaid), HttpStatusCode.Conflict);
        await StoreDriver.ExpectAsync(await staff.RefundAsync(paid), HttpStatusCode.Forbidden);
        await StoreDriver.ExpectAsync(await manager.RefundAsync(paid), HttpStatusCode.Forbidden);
        await StoreDriver.ExpectAsync(await owner.RefundAsync(paid, 0.001m), HttpStatusCode.BadRequest);
        await StoreDriver.ExpectAsync(await staff.StatusAsync(paid), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refund_webhook_for_a_refund_made_through_the_API_is_not_counted_again()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 25m);
        var answer = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 5m), HttpStatusCode.OK);
        var refundId = answer["refundId"]!.GetValue<string>();
        var echo = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = refundId,
            ["object"] = "refund",
            ["amount"] = 500,
            ["currency"] = "usd",
            ["payment_intent"] = paymentIntentId,
            ["status"] = "succeeded",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject { ["tenant_id"] = store.TenantId.ToString() },
        };

        var webhook = await StoreDriver.ExpectAsync(await store.SendSignedWebhookAsync("refund.created", echo), HttpStatusCode.OK);

        Assert.Equal("ignored", webhook["result"]!.GetValue<string>());
        Assert.Equal(5m, (await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK))["amount_refunded"]!.GetValue<decimal>());
        Assert.Equal(1, await store.OutboxCountAsync("PaymentRefunded", paymentIntentId));
    }

    [Fact]
    public async Task Refund_made_in_Stripes_dashboard_is_learnt_from_the_webhook()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 25m);

        // The refund carries no metadata of ours: Payments finds the tenant through the intent.
        var refund = store.Host.Stripe!.RefundFromDashboard(paymentIntentId, 2500);
        await StoreDriver.ExpectAsync(await store.SendSignedWebhookAsync("refund.created", refund), HttpStatusCode.OK);

        var refunded = (await store.Host.Events.WaitFor<PaymentRefunded>(store.TenantId, e => e.Count == 1, "PaymentRefunded")).Single();
        Assert.Equal((25m, 25m, true), (refunded.Amount, refunded.TotalRefunded, refunded.FullyRefunded));
        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_refund_whose_answer_was_lost_stays_recorded_and_the_retry_pays_nothing_twice()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 20m);
        var stripe = store.Host.Stripe!;
        stripe.LoseRefundAnswers(paymentIntentId);

        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 5m), HttpStatusCode.BadGateway);
        var afterLoss = await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK);
        Assert.Equal(5m, afterLoss["amount_refunded"]!.GetValue<decimal>()); // recorded and set aside, not lost

        stripe.LoseRefundAnswers(paymentIntentId, lose: false);
        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 3m), HttpStatusCode.OK);

        Assert.Equal(800, stripe.Intent(paymentIntentId).AmountRefunded);
        Assert.Equal(8m, (await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK))["amount_refunded"]!.GetValue<decimal>());
        var events = await store.Host.Events.WaitFor<PaymentRefunded>(store.TenantId, e => e.Count == 2, "both refunds announced");
        Assert.Equal([3m, 5m], events.Select(e => e.Amount).Order());
    }

    [Fact]
    public async Task The_same_idempotency_key_answers_the_same_refund()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 20m);
        var stripe = store.Host.Stripe!;
        stripe.LoseRefundAnswers(paymentIntentId);
        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 6m, idempotencyKey: "refund-once"), HttpStatusCode.BadGateway);
        stripe.LoseRefundAnswers(paymentIntentId, lose: false);

        var first = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 6m, idempotencyKey: "refund-once"), HttpStatusCode.OK);
        var again = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 6m, idempotencyKey: "refund-once"), HttpStatusCode.OK);

        Assert.Equal(first["refundId"]!.GetValue<string>(), again["refundId"]!.GetValue<string>());
        Assert.Equal(600, stripe.Intent(paymentIntentId).AmountRefunded);
        Assert.Equal(1, await store.OutboxCountAsync("PaymentRefunded", paymentIntentId));
    }

    [Fact]
    public async Task The_webhook_of_a_refund_whose_answer_was_lost_settles_it_without_counting_it_twice()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 20m);
        var stripe = store.Host.Stripe!;
        stripe.LoseRefundAnswers(paymentIntentId);
        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 4m), HttpStatusCode.BadGateway);

        var made = Assert.Single(stripe.RefundsOf(paymentIntentId));
        await StoreDriver.ExpectAsync(await store.SendSignedWebhookAsync("refund.created", made), HttpStatusCode.OK);

        Assert.Equal(4m, (await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK))["amount_refunded"]!.GetValue<decimal>());
        Assert.Equal(1, await store.OutboxCountAsync("PaymentRefunded", paymentIntentId));
    }

    [Fact]
    public async Task A_reason_with_a_nul_character_is_refused_before_any_money_moves()
    {
        var (store, paymentIntentId) = await PaidAsync(total: 20m);

        var answer = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 5m, "bad\u0000reason"), HttpStatusCode.BadRequest);

        Assert.Equal("reason", answer["details"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(0, store.Host.Stripe!.Intent(paymentIntentId).AmountRefunded);
    }

    private async Task<(StoreDriver Store, string PaymentIntentId)> PaidAsync(decimal total)
    {
        var store = await StripeStoreAsync();
        var paymentIntentId = await store.OpenIntentAsync(await store.ConfirmedOrderAsync(total));
        await StoreDriver.ExpectAsync(
            await store.SendSignedWebhookAsync("payment_intent.succeeded", store.Host.Stripe!.Succeed(paymentIntentId)), HttpStatusCode.OK);
        return (store, paymentIntentId);
    }
}
