using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.SystemTests.Aspire;

/// <summary>
/// The AppHost as <c>./run.sh</c> starts it: a process of its own with the Aspire dashboard, on free ports. In the shared
/// system's collection, so it never starts while the other system tests load the machine.
/// </summary>
[Collection(SystemFixture.Collection)]
public sealed class RunCommandTests
{
    // Deadlines against a hang, not timings: a cold start on a busy 2-core machine takes minutes.
    private static readonly TimeSpan startDeadline = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan stopDeadline = TimeSpan.FromMinutes(2);
    private const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>Every service an order reaches: the request, the saga, the email, the invoice and the sales projection.</summary>
    private static readonly string[] OrderTraceServices = ["gateway", "orders", "catalog", "notifications", "reporting", "analytics"];

    [Fact]
    public async Task Every_resource_comes_up_an_order_is_one_trace_in_the_dashboard_and_sigterm_ends_every_process_it_started()
    {
        var ports = FreePorts.Pick(6).ToArray();
        await using var run = AppHostRun.Start(ports, randomizeServicePorts: true);

        await run.WaitForLineAsync(l => l.StartsWith("QommerceHub is up", StringComparison.Ordinal), startDeadline, "that every resource is healthy");
        var gatewayLine = await run.WaitForLineAsync(l => l.TrimStart().StartsWith("gateway ", StringComparison.Ordinal), TimeSpan.FromSeconds(5), "the gateway URL");
        // The services' ports are randomised, so Aspire moves the dashboard too and says where in its own log.
        var dashboardLine = await run.WaitForLineAsync(l => l.TrimStart().StartsWith("- Dashboard:", StringComparison.Ordinal), TimeSpan.FromSeconds(5), "the dashboard URL");
        var dashboard = new Uri(dashboardLine.Trim()["- Dashboard:".Length..].Trim());
        Assert.Contains(run.Console.Split('\n'), l => l.TrimStart().StartsWith("dashboard   on a random port", StringComparison.Ordinal));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(new Uri(gatewayLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]), "/health"))).StatusCode);
        Assert.True(await AnswersOkWithinAsync(http, dashboard, TimeSpan.FromMinutes(1)),
            "the dashboard did not answer. The AppHost's console:\n" + run.Console);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri($"http://127.0.0.1:{ports[3]}/api/email"))).StatusCode);
        await AssertOrderIsOneTraceAsync(
            new RunningCopy(new Uri(gatewayLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]), new Uri($"http://127.0.0.1:{ports[3]}/api/email")),
            new DashboardTraces(http, dashboard));
        // Service logs go to the dashboard; the console has resource states (JSON log lines carry a "Category").
        Assert.DoesNotContain("\"Category\":", run.Console, StringComparison.Ordinal);
        Assert.Contains("orders ", run.Console, StringComparison.Ordinal);

        var started = LocalProcesses.ListeningOrBelow(ports[..4]);
        started.UnionWith(LocalProcesses.TreeOf(run.Pid));
        Assert.Contains(started, pid => LocalProcesses.NameOf(pid) == "beam.smp");
        Assert.Contains(started, pid => LocalProcesses.NameOf(pid) == "postgres");

        run.Terminate();
        Assert.True(await run.WaitForExitAsync(stopDeadline), "the AppHost did not exit after SIGTERM. Its console:\n" + run.Console);
        Assert.Contains("Stopping every resource", run.Console, StringComparison.Ordinal);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (started.Any(LocalProcesses.IsAlive) && DateTime.UtcNow < until)
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(started.Where(LocalProcesses.IsAlive).Select(pid => $"{pid} {LocalProcesses.NameOf(pid)}"));
    }

    [Fact]
    public async Task A_port_held_by_another_process_is_one_message_naming_the_resource_and_exit_code_1()
    {
        var ports = FreePorts.Pick(6).ToArray();
        using var holder = new TcpListener(IPAddress.Loopback, ports[0]);
        holder.Start();
        await using var run = AppHostRun.Start(ports, randomizeServicePorts: false);

        Assert.True(await run.WaitForExitAsync(stopDeadline), "the AppHost kept running with its PostgreSQL port taken. Its console:\n" + run.Console);
        Assert.Equal(1, run.ExitCode);
        var line = await run.WaitForLineAsync(l => l.Contains($"127.0.0.1:{ports[0]}", StringComparison.Ordinal), TimeSpan.FromSeconds(5), "the taken port");
        Assert.StartsWith("postgres", line.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("ports are taken", run.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Console, StringComparison.Ordinal);
    }

    /// <summary>
    /// An order placed through the gateway shows in the dashboard as one trace across every service it reaches: the
    /// gateway's trace id (its correlation id) is carried through the outbox and every consumer.
    /// </summary>
    private static async Task AssertOrderIsOneTraceAsync(RunningCopy copy, DashboardTraces dashboard)
    {
        var store = new StoreApi(copy, await new StoreAccounts(copy).OpenStoreAsync("Traced Shop"));
        var email = TestTenants.UniqueEmail("traced");
        var customer = await store.AddCustomerAsync(email);
        var item = await store.AddItemAsync(quantity: 5);
        await store.PlaceOrderAsync(customer, item, quantity: 1); // Orders knows the product once this answers

        using var placed = await store.Client.PostAsJsonAsync("/api/orders", new { customer_id = customer, items = new[] { new { inventory_id = item, quantity = 1 } } });
        // Accepted when Catalog answers after the placement stops waiting (a freshly started Debug system on a busy
        // machine); the order and its trace go on the same way.
        Assert.Contains(placed.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Accepted });
        var traceId = placed.Headers.GetValues(CorrelationHeader).Single();
        var orderId = (await ResponseJson.ReadAsync(placed))["id"]!.GetValue<int>();
        await copy.Inbox.WaitForAsync(email, $"order #{orderId} is confirmed", TimeSpan.FromSeconds(90));

        var services = await Eventually.Until(() => dashboard.ServicesInAsync(traceId), found => found.IsSupersetOf(OrderTraceServices),
            TimeSpan.FromSeconds(90), $"trace {traceId} of order {orderId} to reach {string.Join(", ", OrderTraceServices)} in the dashboard");
        Assert.Superset(OrderTraceServices.ToHashSet(), services.ToHashSet());
    }

    /// <summary>The dashboard is not one of the resources the console waits for: it may still be starting.</summary>
    private static async Task<bool> AnswersOkWithinAsync(HttpClient http, Uri url, TimeSpan deadline)
    {
        for (var until = DateTime.UtcNow + deadline; DateTime.UtcNow < until; await Task.Delay(TimeSpan.FromSeconds(1)))
        {
            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        return false;
    }
}
