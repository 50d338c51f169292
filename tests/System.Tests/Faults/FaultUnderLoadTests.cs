using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using QommerceHub.Testing;
using Xunit.Abstractions;

namespace QommerceHub.SystemTests.Faults;

/// <summary>
/// Crashes under a rush of orders: the broker or a service is SIGKILLed while four clients place orders, and
/// afterwards every accepted order is decided, reserved once, confirmed by one email, and no key is left hanging.
/// </summary>
[Collection(SystemFixture.Collection)]
public sealed partial class FaultUnderLoadTests(SystemFixture system, ITestOutputHelper output)
{
    private const int Clients = 4;
    /// <summary>How long after the crashed part is back (and the load is over) every order must be decided.</summary>
    private static readonly TimeSpan settleDeadline = TimeSpan.FromMinutes(2);

    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Every_order_is_decided_after_the_broker_is_killed_under_load_three_times()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync());
        for (var round = 1; round <= 3; round++)
            await CrashUnderLoadAsync(store, "rabbitmq", ordersPerClient: 20, $"broker-kill-{round}");
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("orders")]
    [InlineData("reporting")]
    [InlineData("notifications")]
    public async Task Every_order_is_decided_once_after_a_service_is_killed_under_load(string service)
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync());
        await CrashUnderLoadAsync(store, service, ordersPerClient: 15, $"{service}-kill");
    }

    private async Task CrashUnderLoadAsync(StoreApi store, string victim, int ordersPerClient, string name)
    {
        try
        {
            var email = TestTenants.UniqueEmail("rush");
            var customer = await store.AddCustomerAsync(email);
            // Plenty of one item and a little of another, so some orders are refused and none may oversell.
            var plenty = await store.AddItemAsync(quantity: 10_000);
            var scarce = await store.AddItemAsync(quantity: 10);
            await store.PlaceOrderAsync(customer, plenty, quantity: 1);
            await store.PlaceOrderAsync(customer, scarce, quantity: 1);

            var load = new OrderLoad(() => store.Client, customer, [plenty, plenty, plenty, scarce]);
            var running = load.RunAsync(Clients, ordersPerClient);
            await load.InFullSwing;
            var killedPid = system.Kill(victim);
            // A killed Notifications was sending these, one per SMTP connection: they are never resent (at most once).
            // At least one, for a claim whose commit was on its way to PostgreSQL when the process died.
            var sendingAtKill = victim == "notifications" ? Math.Max(1, await ConfirmationsBeingSentAsync(email)) : 0;
            var back = await system.WaitUntilBackAsync(victim, killedPid, TimeSpan.FromMinutes(2));
            await running;
            var loadEnded = DateTimeOffset.UtcNow;

            Assert.Empty(load.Unanswered);
            var orders = load.Placed.ToList();
            Assert.Equal(orders.Count, orders.Select(o => o.Id).Distinct().Count());
            var decided = await WaitUntilDecidedAsync(store, orders);
            var settled = (DateTimeOffset.UtcNow - (back > loadEnded ? back : loadEnded)).TotalSeconds;
            output.WriteLine($"{name}: {orders.Count} orders, {victim} back {(back - loadEnded).TotalSeconds:0.0} s after the load ended, all decided {settled:0.0} s after; "
                + $"unconfirmed outbox batches so far: {system.CountLogLines("did not confirm")}, bus restarts: {system.CountLogLines("Bus restarted")}");

            var reserved = decided.Where(o => o.Value == "reserved").Select(o => o.Key).ToHashSet();
            foreach (var item in new[] { plenty, scarce })
            {
                var expected = 1 + orders.Count(o => o.ItemId == item && reserved.Contains(o.Id));
                Assert.Equal(expected, (await store.ItemAsync(item))["reserved_quantity"]!.GetValue<int>());
            }

            await AssertOneConfirmationPerReservedOrderAsync(email, reserved, mayMiss: sendingAtKill);
        }
        catch
        {
            output.WriteLine($"Service logs kept in {system.SaveLogs(name)}");
            throw;
        }
    }

    private static async Task<Dictionary<int, string>> WaitUntilDecidedAsync(StoreApi store, IReadOnlyList<PlacedOrder> orders)
    {
        var deadline = Stopwatch.StartNew();
        var decided = new Dictionary<int, string>();
        foreach (var order in orders)
        {
            var remaining = settleDeadline - deadline.Elapsed;
            var found = await store.WaitForOrderAsync(order.Id, o => o["stock_status"]!.GetValue<string>() != "reserving",
                $"order {order.Id} to be decided", remaining > TimeSpan.Zero ? remaining : TimeSpan.FromSeconds(1));
            decided[order.Id] = found["stock_status"]!.GetValue<string>();
        }

        return decided;
    }

    /// <summary>
    /// Every reserved order's confirmation reaches the inbox once, but for the ones a killed Notifications was sending:
    /// those are marked unconfirmed and never resent, so they may be missing, and no other may.
    /// </summary>
    private async Task AssertOneConfirmationPerReservedOrderAsync(string email, IReadOnlySet<int> reserved, long mayMiss)
    {
        var emails = await Eventually.Until(() => system.Inbox.EmailsToAsync(email),
            found => MissingConfirmations(found, reserved) <= mayMiss,
            settleDeadline, $"a confirmation email for every reserved order but the {mayMiss} being sent at the kill");
        output.WriteLine($"confirmations missing: {MissingConfirmations(emails, reserved)}, being sent at the kill: {mayMiss}");
        var duplicates = emails.GroupBy(e => e.Subject).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToList();
        Assert.True(duplicates.Count == 0, "Emails sent twice: " + string.Join(", ", duplicates));
    }

    /// <summary>Confirmations claimed by a sender (status Sending); right after the kill, only the dead one's.</summary>
    private async Task<long> ConfirmationsBeingSentAsync(string email)
    {
        await using var database = NpgsqlDataSource.Create(await system.SuperuserConnectionStringAsync());
        await using var command = database.CreateCommand(
            "SELECT count(*) FROM notifications.outgoing_mails WHERE recipient = $1 AND template = 'order-confirmation' AND status = 'Sending'");
        command.Parameters.AddWithValue(email);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static int MissingConfirmations(IReadOnlyCollection<MaildevEmail> emails, IReadOnlySet<int> reserved) =>
        reserved.Count(id => !emails.Any(e => ConfirmedOrderId(e.Subject) == id));

    private static int? ConfirmedOrderId(string subject) =>
        ConfirmedSubject().Match(subject) is { Success: true } match ? int.Parse(match.Groups[1].Value) : null;

    [GeneratedRegex(@"order #(\d+) is confirmed")]
    private static partial Regex ConfirmedSubject();
}
