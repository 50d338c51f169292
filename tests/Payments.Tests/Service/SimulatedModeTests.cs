using System.Net;
using QommerceHub.Contracts;
using QommerceHub.Payments.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Service;

public sealed class SimulatedModeTests(InfrastructureFixture infrastructure, PaymentsHosts hosts) : PaymentsTestBase(infrastructure, hosts)
{
    [Fact]
    public async Task Public_config_says_simulated_and_has_no_publishable_key()
    {
        var store = await SimulatedStoreAsync();

        var config = await StoreDriver.ExpectAsync(await store.Host.Factory.CreateClient().GetAsync("/api/config/public"), HttpStatusCode.OK);

        Assert.Null(config["stripePublishableKey"]);
        Assert.Equal("simulated", config["mode"]!.GetValue<string>());
        Assert.True(config["simulated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Test_card_4242_pays_the_order_and_the_event_says_simulated()
    {
        var store = await SimulatedStoreAsync();
        var orderId = await store.ConfirmedOrderAsync(total: 15.25m);
        var intent = await StoreDriver.ExpectAsync(await store.CreateIntentAsync(orderId), HttpStatusCode.OK);
        var paymentIntentId = intent["paymentIntentId"]!.GetValue<string>();

        var charged = await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(paymentIntentId, "4242 4242 4242 4242"), HttpStatusCode.OK);

        Assert.StartsWith("pi_sim_", paymentIntentId);
        Assert.Equal("simulated", intent["mode"]!.GetValue<string>());
        Assert.Equal(("succeeded", "simulated"), (charged["status"]!.GetValue<string>(), charged["mode"]!.GetValue<string>()));
        var succeeded = (await store.Host.Events.WaitFor<PaymentSucceeded>(store.TenantId, e => e.Count == 1, "PaymentSucceeded")).Single();
        Assert.Equal((orderId, 15.25m, true), (succeeded.OrderId, succeeded.Amount, succeeded.Simulated));
        await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(paymentIntentId, "4242424242424242"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Declining_test_cards_answer_402_publish_PaymentFailed_and_allow_another_try()
    {
        var store = await SimulatedStoreAsync();
        var paymentIntentId = await store.OpenIntentAsync(await store.ConfirmedOrderAsync());

        var declined = await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(paymentIntentId, "4000000000000002"), HttpStatusCode.PaymentRequired);
        var broke = await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(paymentIntentId, "4000 0000 0000 9995"), HttpStatusCode.PaymentRequired);
        await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(paymentIntentId, "4242424242424242"), HttpStatusCode.OK);

        Assert.Equal("generic_decline", declined["decline_code"]!.GetValue<string>());
        Assert.Equal(("requires_payment_method", "simulated"), (declined["payment_status"]!.GetValue<string>(), declined["mode"]!.GetValue<string>()));
        Assert.Equal("insufficient_funds", broke["decline_code"]!.GetValue<string>());
        var failures = await store.Host.Events.WaitFor<PaymentFailed>(store.TenantId, e => e.Count == 2, "two PaymentFailed");
        Assert.Equal(["generic_decline", "insufficient_funds"], failures.Select(f => f.Reason).Order());
        Assert.All(failures, f => Assert.True(f.Simulated));
        await store.Host.Events.WaitFor<PaymentSucceeded>(store.TenantId, e => e.Count == 1, "PaymentSucceeded");
    }

    [Fact]
    public async Task Unknown_card_number_is_400_and_another_tenants_intent_is_404()
    {
        var store = await SimulatedStoreAsync();
        var intruder = await SimulatedStoreAsync();
        var paymentIntentId = await store.OpenIntentAsync(await store.ConfirmedOrderAsync());

        var invalid = await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(paymentIntentId, "1234123412341234"), HttpStatusCode.BadRequest);
        await StoreDriver.ExpectAsync(await intruder.ChargeSimulatedAsync(paymentIntentId, "4242424242424242"), HttpStatusCode.NotFound);

        Assert.Equal("cardNumber", invalid["details"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("requires_payment_method", (await StoreDriver.ExpectAsync(await store.StatusAsync(paymentIntentId), HttpStatusCode.OK))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Simulated_payment_is_refunded_in_parts_and_webhooks_are_refused()
    {
        var store = await SimulatedStoreAsync();
        var paymentIntentId = await store.OpenIntentAsync(await store.ConfirmedOrderAsync(total: 10m));
        await StoreDriver.ExpectAsync(await store.ChargeSimulatedAsync(paymentIntentId, "4242424242424242"), HttpStatusCode.OK);

        var partial = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 4m), HttpStatusCode.OK);
        await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId, 6.01m), HttpStatusCode.Conflict);
        var rest = await StoreDriver.ExpectAsync(await store.RefundAsync(paymentIntentId), HttpStatusCode.OK);
        var payload = StripeWebhooks.Event("payment_intent.succeeded", []);
        var webhook = await store.SendWebhookAsync(payload, StripeWebhooks.Signature(payload, DateTimeOffset.UtcNow));

        Assert.StartsWith("re_sim_", partial["refundId"]!.GetValue<string>());
        Assert.True(rest["fully_refunded"]!.GetValue<bool>());
        var refunds = await store.Host.Events.WaitFor<PaymentRefunded>(store.TenantId, e => e.Count == 2, "two PaymentRefunded");
        Assert.Contains(refunds, r => r.FullyRefunded && r.TotalRefunded == 10m && r.Simulated);
        await StoreDriver.ExpectAsync(webhook, HttpStatusCode.BadRequest);
    }
}
