using System.Net;
using System.Net.Http.Json;
using QommerceHub.Contracts;
using QommerceHub.Payments.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Service;

public sealed class StripeCheckoutTests(InfrastructureFixture infrastructure, PaymentsHosts hosts) : PaymentsTestBase(infrastructure, hosts)
{
    [Fact]
    public async Task Intent_is_created_at_Stripe_for_the_replica_amount_with_an_order_derived_idempotency_key()
    {
        var store = await StripeStoreAsync();
        var orderId = await store.ConfirmedOrderAsync(total: 19.99m);

        // The original's request; its amount and email are ignored: only the confirmed order counts.
        var response = await store.Client.PostAsJsonAsync("/api/payments/create-intent",
            new { amount = 0.01m, orderId, customerEmail = "someone@example.com", currency = "eur" });
        var body = await StoreDriver.ExpectAsync(response, HttpStatusCode.OK);

        Assert.True(body["success"]!.GetValue<bool>());
        var paymentIntentId = body["paymentIntentId"]!.GetValue<string>();
        Assert.StartsWith("pi_", paymentIntentId);
        Assert.StartsWith(paymentIntentId + "_secret_", body["clientSecret"]!.GetValue<string>());
        Assert.Equal(19.99m, body["amount"]!.GetValue<decimal>());
        Assert.Equal("stripe", body["mode"]!.GetValue<string>());
        var call = store.Host.Stripe!.Calls.Single(c => c.Path == "/v1/payment_intents" && c.Form["metadata[tenant_id]"] == store.TenantId.ToString());
        Assert.Equal("1999", call.Form["amount"]);
        Assert.Equal("usd", call.Form["currency"]);
        Assert.Equal(orderId.ToString(), call.Form["metadata[order_id]"]);
        Assert.Equal($"qommercehub-intent-{store.TenantId}-{orderId}", call.IdempotencyKey);
    }

    [Fact]
    public async Task A_second_create_intent_returns_the_same_intent_instead_of_a_new_charge()
    {
        var store = await StripeStoreAsync();
        var orderId = await store.ConfirmedOrderAsync();

        var first = await store.OpenIntentAsync(orderId);
        var again = await StoreDriver.ExpectAsync(await store.CreateIntentAsync(orderId), HttpStatusCode.OK);

        Assert.Equal(first, again["paymentIntentId"]!.GetValue<string>());
        Assert.Single(store.Host.Stripe!.Calls, c => c.Path == "/v1/payment_intents" && c.Form["metadata[tenant_id]"] == store.TenantId.ToString());
    }

    [Fact]
    public async Task Concurrent_create_intent_calls_share_one_intent()
    {
        var store = await StripeStoreAsync();
        var orderId = await store.ConfirmedOrderAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.CreateIntentAsync(orderId)));
        var ids = new List<string>();
        foreach (var answer in answers) ids.Add((await StoreDriver.ExpectAsync(answer, HttpStatusCode.OK))["paymentIntentId"]!.GetValue<string>());

        Assert.Single(ids.Distinct());
        Assert.Single(store.Host.Stripe!.Calls.Where(c => c.Path == "/v1/payment_intents" && c.Form["metadata[tenant_id]"] == store.TenantId.ToString())
            .Select(c => c.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task Signed_success_webhook_marks_the_payment_paid_and_publishes_PaymentSucceeded()
    {
        var store = await StripeStoreAsync();
        var orderId = await store.ConfirmedOrderAsync(total: 42.50m);
        var paymentIntentId = await store.OpenIntentAsync(orderId);

        var webhook = await store.SendSignedWebhookAsync("payment_intent.succeeded", store.Host.Stripe!.Succeed(paymentIntentId));

        Assert.Equal("applied", (await StoreDriver.ExpectAsync(webhook, HttpStatusCode.OK))["result"]!.GetValue<string>());
        var status = await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK);
        Assert.Equal("succeeded", status["status"]!.GetValue<string>());
        Assert.Equal(orderId, status["order_id"]!.GetValue<int>());
        Assert.True(status["success"]!.GetValue<bool>());
        Assert.Equal((42.50m, "usd"), (status["amount"]!.GetValue<decimal>(), status["currency"]!.GetValue<string>()));
        Assert.InRange(status["created"]!.GetValue<long>(), DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        var succeeded = (await store.Host.Events.WaitFor<PaymentSucceeded>(store.TenantId, e => e.Count == 1, "PaymentSucceeded")).Single();
        Assert.Equal((orderId, paymentIntentId, 42.50m, "USD", false), (succeeded.OrderId, succeeded.PaymentIntentId, succeeded.Amount, succeeded.Currency, succeeded.Simulated));
        Assert.Equal(HttpStatusCode.Conflict, (await store.CreateIntentAsync(orderId)).StatusCode);
    }

    [Fact]
    public async Task Declined_card_webhook_publishes_PaymentFailed_and_leaves_the_order_payable()
    {
        var store = await StripeStoreAsync();
        var orderId = await store.ConfirmedOrderAsync();
        var paymentIntentId = await store.OpenIntentAsync(orderId);

        await StoreDriver.ExpectAsync(
            await store.SendSignedWebhookAsync("payment_intent.payment_failed", store.Host.Stripe!.Decline(paymentIntentId, "insufficient_funds")),
            HttpStatusCode.OK);

        var failed = (await store.Host.Events.WaitFor<PaymentFailed>(store.TenantId, e => e.Count == 1, "PaymentFailed")).Single();
        Assert.Equal((orderId, "insufficient_funds"), (failed.OrderId, failed.Reason));
        var status = await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK);
        Assert.Equal("requires_payment_method", status["status"]!.GetValue<string>());
        Assert.Equal("insufficient_funds", status["failure_reason"]!.GetValue<string>());
        Assert.Equal(paymentIntentId, (await StoreDriver.ExpectAsync(await store.CreateIntentAsync(orderId), HttpStatusCode.OK))["paymentIntentId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_late_failure_after_success_changes_nothing()
    {
        var store = await StripeStoreAsync();
        var paymentIntentId = await store.OpenIntentAsync(await store.ConfirmedOrderAsync());
        var declined = store.Host.Stripe!.Decline(paymentIntentId, "generic_decline");
        await store.SendSignedWebhookAsync("payment_intent.succeeded", store.Host.Stripe.Succeed(paymentIntentId));

        var late = await StoreDriver.ExpectAsync(await store.SendSignedWebhookAsync("payment_intent.payment_failed", declined), HttpStatusCode.OK);

        Assert.Equal("ignored", late["result"]!.GetValue<string>());
        Assert.Equal("succeeded", (await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK))["status"]!.GetValue<string>());
        await store.Host.Events.WaitFor<PaymentSucceeded>(store.TenantId, e => e.Count == 1, "PaymentSucceeded");
        Assert.Empty(store.Host.Events.Of<PaymentFailed>(store.TenantId));
    }

    [Fact]
    public async Task Order_not_yet_confirmed_or_cancelled_cannot_be_paid()
    {
        var store = await StripeStoreAsync();
        var placed = store.NextOrderId();
        await store.PublishAsync(new OrderPlaced { TenantId = store.TenantId, OrderId = placed, CustomerId = 5, Lines = [], TotalAmount = 10m });
        await store.WaitForOrderAsync(placed, _ => true, "the placed order");
        var cancelled = await store.ConfirmedOrderAsync();
        await store.PublishAsync(new OrderCancelled { TenantId = store.TenantId, OrderId = cancelled, Reason = "customer_request", WasPaid = false });
        await store.WaitForOrderAsync(cancelled, o => o.IsCancelled, "the cancellation");

        var early = await StoreDriver.ExpectAsync(await store.CreateIntentAsync(placed), HttpStatusCode.Conflict);
        var late = await StoreDriver.ExpectAsync(await store.CreateIntentAsync(cancelled), HttpStatusCode.Conflict);

        Assert.Contains("not confirmed", early["error"]!.GetValue<string>());
        Assert.Equal("A cancelled order cannot be paid", late["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_tenants_order_and_payment_are_404()
    {
        var owner = await StripeStoreAsync();
        var intruder = await StripeStoreAsync();
        var orderId = await owner.ConfirmedOrderAsync();
        var paymentIntentId = await owner.OpenIntentAsync(orderId);
        await owner.SendSignedWebhookAsync("payment_intent.succeeded", owner.Host.Stripe!.Succeed(paymentIntentId));
        await owner.Host.Events.WaitFor<PaymentSucceeded>(owner.TenantId, e => e.Count == 1, "PaymentSucceeded");

        await StoreDriver.ExpectAsync(await intruder.CreateIntentAsync(orderId), HttpStatusCode.NotFound);
        await StoreDriver.ExpectAsync(await intruder.StatusAsync(paymentIntentId), HttpStatusCode.NotFound);
        await StoreDriver.ExpectAsync(await intruder.RefundAsync(paymentIntentId), HttpStatusCode.NotFound);
        Assert.DoesNotContain(owner.Host.Stripe.Calls, c => c.Path == "/v1/refunds" && c.Form["payment_intent"] == paymentIntentId);
    }

    [Fact]
    public async Task Bad_input_is_400_with_field_errors()
    {
        var store = await StripeStoreAsync();

        var noOrder = await StoreDriver.ExpectAsync(await store.Client.PostAsJsonAsync("/api/payments/create-intent", new { }), HttpStatusCode.BadRequest);
        var wrongType = await StoreDriver.ExpectAsync(await store.Client.PostAsJsonAsync("/api/payments/create-intent", new { order_id = "seven" }), HttpStatusCode.BadRequest);
        var badId = await StoreDriver.ExpectAsync(await store.StatusAsync("not-an-intent"), HttpStatusCode.BadRequest);
        var badRefund = await StoreDriver.ExpectAsync(await store.RefundAsync("", amount: -1m), HttpStatusCode.BadRequest);

        Assert.Equal("orderId", noOrder["details"]![0]!["field"]!.GetValue<string>());
        Assert.NotNull(wrongType["error"]);
        Assert.All([noOrder, wrongType, badId, badRefund], problem => Assert.False(problem["success"]!.GetValue<bool>()));
        Assert.Equal("paymentIntentId", badId["details"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(["paymentIntentId", "amount"], badRefund["details"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()));
        await StoreDriver.ExpectAsync(await store.CreateIntentAsync(999_999), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Api_document_describes_every_payment_route()
    {
        var store = await StripeStoreAsync();

        var document = await StoreDriver.ExpectAsync(await store.Host.Factory.CreateClient().GetAsync("/openapi/v1.json"), HttpStatusCode.OK);

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Superset(new HashSet<string>
        {
            "/api/payments/create-intent", "/api/payments/status/{paymentIntentId}", "/api/payments/refund",
            "/api/payments/simulate/confirm", "/api/payments/webhook", "/api/config/public",
        }, paths.ToHashSet());
    }

    [Fact]
    public async Task Public_config_names_the_publishable_key_in_Stripe_mode()
    {
        var store = await StripeStoreAsync();

        var config = await StoreDriver.ExpectAsync(await store.Host.Factory.CreateClient().GetAsync("/api/config/public"), HttpStatusCode.OK);

        Assert.Equal("pk_test_qommercehub_fake", config["stripePublishableKey"]!.GetValue<string>());
        Assert.Equal("stripe", config["mode"]!.GetValue<string>());
        Assert.False(config["simulated"]!.GetValue<bool>());
    }
}
