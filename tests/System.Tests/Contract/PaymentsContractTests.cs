using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;
using static QommerceHub.SystemTests.Contract.ContractAnswer;

namespace QommerceHub.SystemTests.Contract;

/// <summary>Contract rows "Payments — /api/payments" of shared/seed-api-contract.md, through the gateway (simulated provider).</summary>
[Collection(SystemFixture.Collection)]
public sealed class PaymentsContractTests(SystemFixture system)
{
    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Create_intent_status_and_refund_answer_success_and_the_original_fields()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync("Contract Payments"));
        var customerEmail = TestTenants.UniqueEmail("payer");
        var orderId = await ConfirmedOrderAsync(store, customerEmail, price: 30m);

        // The original's request; ours takes the amount from the order, whatever the client sends.
        var intent = await ShapeAsync(await Eventually.Until(
            () => store.Client.PostAsJsonAsync("/api/payments/create-intent", new { amount = 1m, orderId, customerEmail, currency = "usd" }),
            r => r.StatusCode != HttpStatusCode.NotFound && r.StatusCode != HttpStatusCode.Conflict,
            TimeSpan.FromSeconds(30), "Payments to know the confirmed order"), HttpStatusCode.OK);
        intent.HasValue("success", "true").Has("clientSecret", Text).Has("paymentIntentId", Text).Has("amount", Number);
        Assert.Equal(30m, intent.Get("amount").GetDecimal());
        var intentId = intent.Get("paymentIntentId").GetString()!;

        var status = await ShapeAsync(await store.Client.GetAsync($"/api/payments/status/{intentId}"), HttpStatusCode.OK);
        status.HasValue("success", "true").Has("status", Text).Has("amount", Number).Has("currency", Text).Has("created", Number);
        Assert.Equal(30m, status.Get("amount").GetDecimal());

        Assert.Equal(HttpStatusCode.OK, (await store.Client.PostAsJsonAsync("/api/payments/simulate/confirm",
            new { paymentIntentId = intentId, cardNumber = "4242424242424242" })).StatusCode);
        var refund = await ShapeAsync(await store.Client.PostAsJsonAsync("/api/payments/refund",
            new { paymentIntentId = intentId, amount = 10m, reason = "requested_by_customer" }), HttpStatusCode.OK);
        refund.HasValue("success", "true").Has("refundId", Text).Has("amount", Number).Has("status", Text);
        Assert.Equal(10m, refund.Get("amount").GetDecimal());
    }

    [Fact]
    public async Task Errors_answer_success_false_with_an_error_and_an_order_of_another_store_is_404()
    {
        var owner = await accounts.OpenStoreAsync("Payment Errors");
        var intruder = new StoreApi(system, await accounts.OpenStoreAsync("Payment Intruder"));
        var orderId = await ConfirmedOrderAsync(new StoreApi(system, owner), TestTenants.UniqueEmail("payer"), price: 5m);

        (await ErrorAsync(await intruder.Client.PostAsJsonAsync("/api/payments/create-intent", new { amount = 5m, customerEmail = "a@b.c" }),
            HttpStatusCode.BadRequest)).HasValue("success", "false");
        (await ErrorAsync(await intruder.Client.PostAsJsonAsync("/api/payments/create-intent", new { amount = 5m, orderId, customerEmail = "a@b.c" }),
            HttpStatusCode.NotFound)).HasValue("success", "false");
        (await ErrorAsync(await intruder.Client.GetAsync("/api/payments/status/not-an-intent"), HttpStatusCode.BadRequest)).HasValue("success", "false");
        (await ErrorAsync(await intruder.Client.PostAsJsonAsync("/api/payments/refund", new { paymentIntentId = "" }), HttpStatusCode.BadRequest))
            .HasValue("success", "false");
    }

    [Fact]
    public async Task Webhook_without_a_valid_signature_is_400()
    {
        // The {received:true} answer to a signed event is checked in Payments.Tests (StripeWebhookTests), against a fake Stripe.
        using var content = new StringContent("{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}", System.Text.Encoding.UTF8, "application/json");
        content.Headers.Add("Stripe-Signature", "t=1,v1=forged");
        await ErrorAsync(await system.Client().PostAsync("/api/payments/webhook", content), HttpStatusCode.BadRequest);
    }

    private static async Task<int> ConfirmedOrderAsync(StoreApi store, string customerEmail, decimal price)
    {
        var item = await store.AddItemAsync(quantity: 5, price: price);
        var customer = await store.AddCustomerAsync(customerEmail);
        var (_, placed) = await store.PlaceOrderAsync(customer, item, quantity: 1);
        var orderId = placed["id"]!.GetValue<int>();
        await store.WaitForOrderAsync(orderId, o => o["stock_status"]!.GetValue<string>() == "reserved", "the reservation");
        return orderId;
    }
}
