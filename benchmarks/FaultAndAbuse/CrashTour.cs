using System.Diagnostics;
using System.Net.Http.Json;
using QommerceHub.Testing;

namespace QommerceHub.FaultAndAbuse;

/// <summary>
/// A rush of orders while every process of the system is SIGKILLed once, in turn; an operator pays and cancels some
/// orders meanwhile. The host restarts what was killed; afterwards <see cref="OrderAudit"/> counts what went wrong.
/// </summary>
public sealed class CrashTour(SystemFixture system, int clients, int orders)
{
    /// <summary>Every service, the gateway and the infrastructure they all depend on.</summary>
    private readonly string[] victims = [.. system.ServiceNames, "gateway", "rabbitmq", "postgres"];

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var owner = await new StoreAccounts(system).OpenStoreAsync("Crash Tour Shop");
        var shop = await CrashShop.OpenAsync(system, owner);
        Console.WriteLine($"Crash tour: {clients} clients, {orders} orders, killing {string.Join(", ", victims)} in turn");

        var clock = Stopwatch.StartNew();
        var load = new OrderLoad(() => system.Client(owner.Token), shop.CustomerId, shop.ItemsToOrder);
        var running = load.RunAsync(clients, Math.Max(1, orders / clients));
        var shopOperator = new ShopOperator(system.Client(owner.Token));
        var operating = shopOperator.RunAsync(load, running);
        var downtime = await KillEachInTurnAsync(load, clients * Math.Max(1, orders / clients));
        await running;
        await operating;
        Console.WriteLine($"Load and operator done after {clock.Elapsed.TotalSeconds:F0} s; auditing");

        var figures = new List<Figure>
        {
            Figure.Info("orders answered", load.Placed.Count),
            Figure.Info("processes killed", victims.Length),
            Figure.Info("longest time down (s)", (long)Math.Ceiling(downtime.Max())),
            new("orders without a definite answer", load.Unanswered.Count),
        };
        figures.AddRange(await new OrderAudit(system, owner, shop, load.Placed.ToList(), shopOperator).RunAsync());
        return figures;
    }

    /// <summary>Kills each victim when its share of the load has been answered; returns how long each was down.</summary>
    private async Task<List<double>> KillEachInTurnAsync(OrderLoad load, int total)
    {
        var downtime = new List<double>();
        for (var i = 0; i < victims.Length; i++)
        {
            var due = (i + 1) * total / (victims.Length + 1);
            while (load.Answered < due && load.Answered + load.Unanswered.Count < total) await Task.Delay(50);
            var killed = Stopwatch.StartNew();
            var pid = system.Kill(victims[i]);
            await system.WaitUntilBackAsync(victims[i], pid, TimeSpan.FromMinutes(3));
            downtime.Add(killed.Elapsed.TotalSeconds);
            Console.WriteLine($"  killed {victims[i]} (pid {pid}) after {load.Answered} answers; healthy again {killed.Elapsed.TotalSeconds:F1} s later");
        }

        return downtime;
    }
}

/// <summary>The store the tour orders from: plenty of one item, a little of another (so some orders are refused).</summary>
public sealed record CrashShop(int CustomerId, string CustomerEmail, IReadOnlyDictionary<int, int> InitialStock, IReadOnlyList<int> ItemsToOrder, int WarmUpOrders)
{
    public static async Task<CrashShop> OpenAsync(SystemFixture system, StoreOwner owner)
    {
        var http = system.Client(owner.Token);
        var email = TestTenants.UniqueEmail("crash-customer");
        var customer = await ResponseJson.ReadAsync(await http.PostAsJsonAsync("/api/customers", new { name = "Crash Customer", email }));
        var stock = new Dictionary<int, int>();
        foreach (var quantity in new[] { 100_000, 25 })
        {
            var sku = "CRASH-" + Guid.NewGuid().ToString("N")[..8];
            var item = await ResponseJson.ReadAsync(await http.PostAsJsonAsync("/api/inventory", new { name = "Crash " + sku, sku, quantity, price = 9.5m }));
            stock[item["id"]!.GetValue<int>()] = quantity;
        }

        var customerId = customer["id"]!.GetValue<int>();
        // One order per item first: Orders learns products by event, so this waits until both have arrived.
        foreach (var item in stock.Keys)
            await Eventually.Until(async () => (await http.PostAsJsonAsync("/api/orders", new { customer_id = customerId, items = new[] { new { inventory_id = item, quantity = 1 } } })).StatusCode,
                status => status != System.Net.HttpStatusCode.NotFound, TimeSpan.FromSeconds(60), "Orders to know the product");
        var (plenty, scarce) = (stock.Keys.First(), stock.Keys.Last());
        return new CrashShop(customerId, email, stock, [plenty, plenty, plenty, scarce], WarmUpOrders: stock.Count);
    }
}
