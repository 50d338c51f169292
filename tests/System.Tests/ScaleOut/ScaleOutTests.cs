using System.Net;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;
using Xunit.Abstractions;

namespace QommerceHub.SystemTests.ScaleOut;

/// <summary>
/// Two instances each of Orders and Catalog behind the gateway: under concurrent orders nothing is processed twice or
/// oversold, both instances of each drain their outbox, and revocation and live updates still reach every client.
/// </summary>
/// <remarks>In the shared system's collection only so the two systems do not start and run at once on a small machine.</remarks>
[Collection(SystemFixture.Collection)]
public sealed partial class ScaleOutTests(ScaledOutSystem system, ITestOutputHelper output) : IClassFixture<ScaledOutSystem>
{
    private const int Clients = 4;
    private const int OrdersPerClient = 15;
    private static readonly TimeSpan settleDeadline = TimeSpan.FromMinutes(2);

    private readonly Shopper shopper = new(system);

    [Fact]
    public async Task Concurrent_orders_are_each_reserved_confirmed_and_emailed_once_and_both_instances_drain_their_outbox()
    {
        foreach (var service in new[] { "orders", "catalog" })
            await Eventually.Until(() => Task.FromResult(system.InstancePids(service)), pids => pids.Count == ScaledOutSystem.Replicas,
                TimeSpan.FromSeconds(60), $"both {service} instances running");
        await using var tap = await BrokerTap.OpenAsync((await system.App.GetConnectionStringAsync("rabbitmq"))!,
            "OrderPlaced", "StockReserved", "StockReservationFailed");
        var store = new StoreApi(system, await shopper.OpenStoreAsync("Scaled Shop"));
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
    }

    [Fact]
    public async Task A_logout_is_refused_by_every_instance_and_ends_the_live_update_stream()
    {
        var owner = await shopper.OpenStoreAsync("Scaled Stream Shop");
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
