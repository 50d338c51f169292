using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;
using Xunit.Abstractions;

namespace QommerceHub.SystemTests.ScaleOut;

/// <summary>
/// Two instances of every service behind the gateway: under concurrent orders nothing is processed twice or oversold,
/// both instances of the busy services drain their outbox, payments are applied once, and revocation and live updates
/// still reach every client.
/// </summary>
/// <remarks>In the shared system's collection only so the two systems do not start and run at once on a small machine.</remarks>
[Collection(SystemFixture.Collection)]
public sealed partial class ScaleOutTests(ScaledOutSystem system, ITestOutputHelper output) : IClassFixture<ScaledOutSystem>
{
    private const int Clients = 4;
    private const int OrdersPerClient = 15;
    private static readonly TimeSpan settleDeadline = TimeSpan.FromMinutes(2);

    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Concurrent_orders_are_each_reserved_confirmed_and_emailed_once_and_both_instances_drain_their_outbox()
    {
        foreach (var service in system.ServiceNames)
            await Eventually.Until(() => Task.FromResult(system.InstancePids(service)), pids => pids.Count == ScaledOutSystem.Replicas,
                TimeSpan.FromSeconds(60), $"both {service} instances running");
        await using var tap = await BrokerTap.OpenAsync((await system.App.GetConnectionStringAsync("rabbitmq"))!,
            "OrderPlaced", "StockReserved", "StockReservationFailed", "InvoiceIssued");
        var store = new StoreApi(system, await accounts.OpenStoreAsync("Scaled Shop"));
        var email = TestTenants.UniqueEmail("rush");
        var customer = await store.AddCustomerAsync(email);
        // Plenty of one item and a little of another, so some orders are refused and none may oversell.
        var plenty = await store.AddItemAsync(quantity: 10_000);
        var scarce = await store.AddItemAsync(quantity: 10);
        await store.PlaceOrderAsync(customer, plenty, quantity: 1);
        await store.PlaceOrderAsync(customer, scarce, quantity: 1);

        var load = new OrderLoad(() => store.Client, customer, [plenty, plenty, plenty, scarce]);
        await load.RunAsync(Clients, OrdersPerClient);

        Assert.Empty(load.Unanswered);
        var orders = load.Placed.ToList();
        Assert.Equal(orders.Count, orders.Select(o => o.Id).Distinct().Count());
        var reserved = new HashSet<int>();
        foreach (var order in orders)
        {
            var decided = await store.WaitForOrderAsync(order.Id, o => o["stock_status"]!.GetValue<string>() != "reserving",
                $"order {order.Id} to be decided", settleDeadline);
            if (decided["stock_status"]!.GetValue<string>() == "reserved") reserved.Add(order.Id);
        }

        foreach (var item in new[] { plenty, scarce })
        {
            var expected = 1 + orders.Count(o => o.ItemId == item && reserved.Contains(o.Id));
            Assert.Equal(expected, (await store.ItemAsync(item))["reserved_quantity"]!.GetValue<int>());
        }

        Assert.Equal(0, (await store.ItemAsync(scarce))["available_quantity"]!.GetValue<int>());
        await AssertOneConfirmationWithOneInvoicePerReservedOrderAsync(email, reserved);
        AssertBothInstancesPublished(tap, "orders", "QommerceHub.Contracts:OrderPlaced");
        AssertBothInstancesPublished(tap, "catalog", "QommerceHub.Contracts:StockReserved", "QommerceHub.Contracts:StockReservationFailed");
        AssertBothInstancesPublished(tap, "reporting", "QommerceHub.Contracts:InvoiceIssued");
    }

    [Fact]
    public async Task Orders_paid_through_either_payments_instance_are_each_charged_once_and_the_dashboard_counts_each_once()
    {
        await using var tap = await BrokerTap.OpenAsync((await system.App.GetConnectionStringAsync("rabbitmq"))!, "PaymentSucceeded");
        var store = new StoreApi(system, await accounts.OpenStoreAsync("Scaled Pay Shop"));
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("payer"));
        var item = await store.AddItemAsync(quantity: 100, price: 10m);
        var orderIds = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            var (_, placed) = await store.PlaceOrderAsync(customer, item, quantity: 1);
            orderIds.Add(placed["id"]!.GetValue<int>());
        }

        // Each call goes to either instance: the intent may be made by one and confirmed by the other.
        foreach (var orderId in orderIds)
        {
            var intent = await Eventually.Until(
                async () => await store.Client.PostAsJsonAsync("/api/payments/create-intent", new { order_id = orderId }),
                r => r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, settleDeadline, $"Payments to know order {orderId}");
            var intentId = (await ResponseJson.ReadAsync(intent))["paymentIntentId"]!.GetValue<string>();
            var pay = await store.Client.PostAsJsonAsync("/api/payments/simulate/confirm", new { paymentIntentId = intentId, cardNumber = "4242424242424242" });
            Assert.Equal(HttpStatusCode.OK, pay.StatusCode);
        }

        foreach (var orderId in orderIds)
            await store.WaitForOrderAsync(orderId, o => o["payment_status"]!.GetValue<string>() == "paid", $"order {orderId} paid", settleDeadline);
        var sales = await Eventually.Until(() => store.GetAsync("/api/analytics/sales?days=7"),
            s => s["revenue"]!["total_orders"]!.GetValue<int>() == orderIds.Count, settleDeadline, "every order in the dashboard");
        Assert.Equal(orderIds.Count * 10m, sales["revenue"]!["total_revenue"]!.GetValue<decimal>());
        // One PaymentSucceeded per order, from whichever instance took the payment; a second would be a double charge.
        var succeeded = await Eventually.Until(() => Task.FromResult(tap.Seen.Where(e => e.Exchange == "QommerceHub.Contracts:PaymentSucceeded").ToList()),
            seen => seen.Count >= orderIds.Count, settleDeadline, "every payment's event at the broker");
        Assert.Equal(orderIds.Count, succeeded.Count);
    }

    [Fact]
    public async Task A_logout_is_refused_by_every_instance_and_ends_the_live_update_stream()
    {
        var owner = await accounts.OpenStoreAsync("Scaled Stream Shop");
        var api = system.Client(owner.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/analytics/stream?access_token=" + Uri.EscapeDataString(owner.Token));
        using var response = await system.Client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.StartsWith(": connected", await reader.ReadLineAsync());

        // A sale made through either Orders instance reaches the stream.
        var store = new StoreApi(system, owner);
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("customer"));
        await store.PlaceOrderAsync(customer, await store.AddItemAsync(quantity: 5), quantity: 1);
        using (var updateDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (await reader.ReadLineAsync(updateDeadline.Token) is { } line && line != "event: sales-updated")
            {
                // Heartbeats until the update.
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/tenants/logout", null)).StatusCode);

        // Each instance hears the revocation on its own queue; the gateway spreads these calls over both instances.
        foreach (var path in new[] { "/api/inventory", "/api/customers", "/api/orders" })
        {
            await Eventually.Until(async () => (await api.GetAsync(path)).StatusCode, status => status == HttpStatusCode.Unauthorized,
                TimeSpan.FromSeconds(20), $"{path} refusing the revoked token");
            var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => api.GetAsync(path)));
            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode));
        }

        using var endDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(endDeadline.Token) is not null)
        {
            // Heartbeats until the stream ends.
        }
    }

    private void AssertBothInstancesPublished(BrokerTap tap, string service, params string[] exchanges)
    {
        var instances = system.InstancePids(service);
        // The orchestrator reports the process it launched; the service may run in a child of it.
        var publishers = tap.Seen.Where(e => exchanges.Contains(e.Exchange))
            .GroupBy(e => InstanceOf(e.ProcessId, instances))
            .ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{service}: {string.Join(", ", publishers.Select(p => $"instance {p.Key} published {p.Value}"))}");
        Assert.Equal(instances.Order(), publishers.Keys.Order());
    }

    /// <summary>The instance the process belongs to (itself or its nearest listed ancestor), or the process itself.</summary>
    private static int InstanceOf(int pid, IReadOnlySet<int> instances)
    {
        for (var current = pid; current > 1; current = LocalProcesses.ParentOf(current))
            if (instances.Contains(current)) return current;
        return pid;
    }

    private async Task AssertOneConfirmationWithOneInvoicePerReservedOrderAsync(string email, IReadOnlySet<int> reserved)
    {
        var emails = await Eventually.Until(() => system.Inbox.EmailsToAsync(email),
            found => reserved.All(id => found.Any(e => ConfirmedOrderId(e.Subject) == id)),
            settleDeadline, "a confirmation email for every reserved order");
        var duplicates = emails.GroupBy(e => e.Subject).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToList();
        Assert.True(duplicates.Count == 0, "Emails sent twice: " + string.Join(", ", duplicates));
        Assert.All(emails.Where(e => ConfirmedOrderId(e.Subject) is not null), e => Assert.Single(e.Attachments ?? []));
    }

    private static int? ConfirmedOrderId(string subject) =>
        ConfirmedSubject().Match(subject) is { Success: true } match ? int.Parse(match.Groups[1].Value) : null;

    [GeneratedRegex(@"order #(\d+) is confirmed")]
    private static partial Regex ConfirmedSubject();
}
