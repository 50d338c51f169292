using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests;

/// <summary>Issues 5-7 through the gateway: simulated payment and refund, analytics and exports follow the order.</summary>
[Collection(SystemFixture.Collection)]
public sealed class PaymentAndReportingTests(SystemFixture system)
{
    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Confirmed_order_is_paid_with_a_test_card_then_refunded_and_the_customer_is_told()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync("Pay Shop"));
        var customerEmail = TestTenants.UniqueEmail("customer");
        var item = await store.AddItemAsync(quantity: 3, price: 40m);
        var customer = await store.AddCustomerAsync(customerEmail);
        var (_, placed) = await store.PlaceOrderAsync(customer, item, quantity: 1);
        var orderId = placed["id"]!.GetValue<int>();
        await store.WaitForOrderAsync(orderId, o => o["stock_status"]!.GetValue<string>() == "reserved", "the reservation");

        var config = await ResponseJson.ReadAsync(await system.Client().GetAsync("/api/config/public"));
        Assert.Equal("simulated", config["mode"]!.GetValue<string>());
        var intent = await Eventually.Until(
            async () => await store.Client.PostAsJsonAsync("/api/payments/create-intent", new { order_id = orderId }),
            r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Created,
            TimeSpan.FromSeconds(30), "Payments to know the confirmed order");
        var intentBody = await ResponseJson.ReadAsync(intent);
        Assert.Equal(40m, intentBody["amount"]!.GetValue<decimal>());
        var intentId = intentBody["paymentIntentId"]!.GetValue<string>();

        var pay = await store.Client.PostAsJsonAsync("/api/payments/simulate/confirm", new { paymentIntentId = intentId, cardNumber = "4242424242424242" });
        Assert.Equal(HttpStatusCode.OK, pay.StatusCode);
        await store.WaitForOrderAsync(orderId,
            o => o["payment_status"]!.GetValue<string>() == "paid" && o["status"]!.GetValue<string>() == "processing", "the payment");

        var refund = await store.Client.PostAsJsonAsync("/api/payments/refund", new { paymentIntentId = intentId, reason = "requested_by_customer" });
        Assert.Equal(HttpStatusCode.OK, refund.StatusCode);
        await store.WaitForOrderAsync(orderId, o => o["payment_status"]!.GetValue<string>() == "refunded", "the refund");
        await system.Inbox.WaitForAsync(customerEmail, "Refund of", TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Analytics_and_exports_reflect_a_confirmed_order()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync("Numbers Shop"));
        var item = await store.AddItemAsync(quantity: 10, price: 7.25m, name: "Report Widget");
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("customer"));
        var (_, placed) = await store.PlaceOrderAsync(customer, item, quantity: 4);
        var orderId = placed["id"]!.GetValue<int>();
        await store.WaitForOrderAsync(orderId, o => o["stock_status"]!.GetValue<string>() == "reserved", "the reservation");

        var sales = await Eventually.Until(() => store.GetAsync("/api/analytics/sales?days=7"),
            s => s["revenue"]!["total_orders"]!.GetValue<int>() == 1, TimeSpan.FromSeconds(60), "the analytics projection");
        Assert.Equal(29.00m, sales["revenue"]!["total_revenue"]!.GetValue<decimal>());

        await Eventually.Until(async () => await store.Client.GetStringAsync("/api/reports/sales/csv"),
            text => text.Contains("Report Widget", StringComparison.Ordinal) || text.Contains(orderId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), "the sales export to hold the order");
        var excel = await store.Client.GetAsync("/api/reports/inventory/excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await excel.Content.ReadAsByteArrayAsync())[..2]));
    }
}
