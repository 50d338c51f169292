using System.Net;
using QommerceHub.Contracts;
using QommerceHub.Payments.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Service;

public sealed class StripeWebhookTests(InfrastructureFixture infrastructure, PaymentsHosts hosts) : PaymentsTestBase(infrastructure, hosts)
{
    [Fact]
    public async Task Forged_signature_is_400_and_changes_nothing()
    {
        var store = await StripeStoreAsync();
        var paymentIntentId = await store.OpenIntentAsync(await store.ConfirmedOrderAsync());
        var payload = StripeWebhooks.Event("payment_intent.succeeded", store.Host.Stripe!.Succeed(paymentIntentId));

        var forged = await store.SendWebhookAsync(payload, StripeWebhooks.Signature(payload, DateTimeOffset.UtcNow, secret: "whsec_guessed"));
        var tampered = await store.SendWebhookAsync(payload.Replace("\"succeeded\"", "\"succeeded\" ", StringComparison.Ordinal),
            StripeWebhooks.Signature(payload, DateTimeOffset.UtcNow));
        var unsigned = await store.SendWebhookAsync(payload, null);

        await StoreDriver.ExpectAsync(forged, HttpStatusCode.BadRequest);
        await StoreDriver.ExpectAsync(tampered, HttpStatusCode.BadRequest);
        await StoreDriver.ExpectAsync(unsigned, HttpStatusCode.BadRequest);
        var status = await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK);
        Assert.Equal("requires_payment_method", status["status"]!.GetValue<string>());
        Assert.Equal(0, await store.OutboxCountAsync("PaymentSucceeded", paymentIntentId));
    }

    [Fact]
    public async Task Stale_timestamp_is_400_even_with_a_valid_signature()
    {
        var store = await StripeStoreAsync();
        var paymentIntentId = await store.OpenIntentAsync(await store.ConfirmedOrderAsync());
        var payload = StripeWebhooks.Event("payment_intent.succeeded", store.Host.Stripe!.Succeed(paymentIntentId));

        var replayed = await store.SendWebhookAsync(payload, StripeWebhooks.Signature(payload, DateTimeOffset.UtcNow.AddSeconds(-301 - 5)));

        var problem = await StoreDriver.ExpectAsync(replayed, HttpStatusCode.BadRequest);
        Assert.Contains("signature", problem["error"]!.GetValue<string>());
        Assert.Equal("requires_payment_method", (await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Duplicate_delivery_of_one_event_is_applied_once()
    {
        var store = await StripeStoreAsync();
        var paymentIntentId = await store.OpenIntentAsync(await store.ConfirmedOrderAsync());
        var payload = StripeWebhooks.Event("payment_intent.succeeded", store.Host.Stripe!.Succeed(paymentIntentId));

        var first = await store.SendWebhookAsync(payload, StripeWebhooks.Signature(payload, DateTimeOffset.UtcNow));
        var second = await store.SendWebhookAsync(payload, StripeWebhooks.Signature(payload, DateTimeOffset.UtcNow));

        var applied = await StoreDriver.ExpectAsync(first, HttpStatusCode.OK);
        Assert.True(applied["received"]!.GetValue<bool>());
        Assert.Equal("applied", applied["result"]!.GetValue<string>());
        Assert.Equal("duplicate", (await StoreDriver.ExpectAsync(second, HttpStatusCode.OK))["result"]!.GetValue<string>());
        await store.Host.Events.WaitFor<PaymentSucceeded>(store.TenantId, e => e.Count == 1, "PaymentSucceeded");
        // A different event id with the same news (Stripe's retry of a lost answer is the same id; this is a second event).
        var repeat = await store.SendSignedWebhookAsync("payment_intent.succeeded", store.Host.Stripe.Succeed(paymentIntentId));
        Assert.Equal("ignored", (await StoreDriver.ExpectAsync(repeat, HttpStatusCode.OK))["result"]!.GetValue<string>());
        Assert.Equal(1, await store.OutboxCountAsync("PaymentSucceeded", paymentIntentId));
    }

    [Fact]
    public async Task Refund_event_arriving_before_the_success_event_counts_both_once()
    {
        var store = await StripeStoreAsync();
        var orderId = await store.ConfirmedOrderAsync(total: 30m);
        var paymentIntentId = await store.OpenIntentAsync(orderId);
        var succeeded = store.Host.Stripe!.Succeed(paymentIntentId);
        var refund = store.Host.Stripe.RefundFromDashboard(paymentIntentId, 1000);

        await StoreDriver.ExpectAsync(await store.SendSignedWebhookAsync("refund.created", refund), HttpStatusCode.OK);
        await StoreDriver.ExpectAsync(await store.SendSignedWebhookAsync("payment_intent.succeeded", succeeded), HttpStatusCode.OK);
        await StoreDriver.ExpectAsync(await store.SendSignedWebhookAsync("refund.updated", refund), HttpStatusCode.OK);

        var status = await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK);
        Assert.Equal(("succeeded", 10m, 20m), (status["status"]!.GetValue<string>(), status["amount_refunded"]!.GetValue<decimal>(), status["amount_remaining"]!.GetValue<decimal>()));
        await store.Host.Events.WaitFor<PaymentSucceeded>(store.TenantId, e => e.Count == 1, "PaymentSucceeded");
        var refunded = (await store.Host.Events.WaitFor<PaymentRefunded>(store.TenantId, e => e.Count == 1, "PaymentRefunded")).Single();
        Assert.Equal((10m, 10m, false), (refunded.Amount, refunded.TotalRefunded, refunded.FullyRefunded));
    }

    [Fact]
    public async Task Event_for_an_intent_that_is_not_ours_is_acknowledged_and_ignored()
    {
        var store = await StripeStoreAsync();
        var stranger = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "pi_not_from_qommercehub",
            ["object"] = "payment_intent",
            ["amount"] = 500,
            ["currency"] = "usd",
            ["status"] = "succeeded",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
        };

        var response = await store.SendSignedWebhookAsync("payment_intent.succeeded", stranger);

        Assert.Equal("ignored", (await StoreDriver.ExpectAsync(response, HttpStatusCode.OK))["result"]!.GetValue<string>());
    }
}
