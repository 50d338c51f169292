using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QommerceHub.Testing;

namespace QommerceHub.FaultAndAbuse;

/// <summary>
/// After the crash tour: compares what clients were told with what every service holds. Each figure counts a
/// broken guarantee, so each must be 0 (emails the crash caught mid-send are counted apart: mail is sent at most once).
/// </summary>
public sealed partial class OrderAudit(SystemFixture system, StoreOwner owner, CrashShop shop, IReadOnlyList<PlacedOrder> placed, ShopOperator shopOperator)
{
    private static readonly TimeSpan settle = TimeSpan.FromMinutes(3);
    private readonly HttpClient http = system.Client(owner.Token);

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var accepted = placed.Select(p => p.Id).ToHashSet();
        var orders = await SettledOrdersAsync(accepted);
        var stored = (await Resilient.AllPagesAsync(http, "/api/orders")).Select(o => o["id"]!.GetValue<int>()).ToHashSet();
        var reserved = orders.Values.Where(o => Text(o, "stock_status") == "reserved").ToList();
        var kept = reserved.Where(o => Text(o, "status") != "cancelled").ToList();

        var figures = new List<Figure>
        {
            Figure.Info("orders reserved", reserved.Count),
            Figure.Info("orders paid", shopOperator.Paid.Count),
            Figure.Info("orders cancelled", shopOperator.Cancelled.Count),
            new("orders answered but not stored", accepted.Count(id => !stored.Contains(id))),
            new("orders stored that no client was told of", stored.Count - accepted.Count - shop.WarmUpOrders),
            new("orders stuck in reserving", orders.Values.Count(o => Text(o, "stock_status") == "reserving")),
            new("orders paid but not recorded as paid", shopOperator.Paid.Keys.Count(id => !shopOperator.Cancelled.ContainsKey(id) && Text(orders[id], "payment_status") != "paid")),
            new("refunds missing (paid, then cancelled)", shopOperator.Paid.Keys.Count(id => shopOperator.Cancelled.ContainsKey(id) && Text(orders[id], "payment_status") != "refunded")),
        };
        figures.AddRange(await StockFiguresAsync(orders.Values.ToList()));
        figures.AddRange(await InvoiceAndEmailFiguresAsync(reserved));
        figures.AddRange(await AnalyticsFiguresAsync(kept));
        return figures;
    }

    /// <summary>Every accepted order once nothing is left to decide, paid or refunded (up to <see cref="settle"/>).</summary>
    private async Task<Dictionary<int, JsonObject>> SettledOrdersAsync(IReadOnlySet<int> ids)
    {
        var deadline = DateTime.UtcNow + settle;
        var orders = new Dictionary<int, JsonObject>();
        foreach (var id in ids)
        {
            var expectPaid = shopOperator.Paid.ContainsKey(id);
            var expectRefund = expectPaid && shopOperator.Cancelled.ContainsKey(id);
            bool Settled(JsonObject o) => Text(o, "stock_status") != "reserving"
                && (!expectPaid || Text(o, "payment_status") == (expectRefund ? "refunded" : "paid"));
            var order = (await Resilient.GetAsync(http, $"/api/orders/{id}")).Body;
            while (!Settled(order) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
                order = (await Resilient.GetAsync(http, $"/api/orders/{id}")).Body;
            }

            orders[id] = order;
        }

        return orders;
    }

    private async Task<IEnumerable<Figure>> StockFiguresAsync(IReadOnlyList<JsonObject> orders)
    {
        var (oversold, mismatches, ledger) = (0, 0, 0);
        foreach (var (item, initial) in shop.InitialStock)
        {
            // Warm-up orders (one unit of each item) are reserved too and never cancelled.
            var units = 1 + orders.Where(o => Text(o, "stock_status") == "reserved" && Text(o, "status") != "cancelled")
                .Sum(o => o["items"]!.AsArray().Where(l => l!["inventory_id"]!.GetValue<int>() == item).Sum(l => l!["quantity"]!.GetValue<int>()));
            var row = (await Resilient.GetAsync(http, $"/api/inventory/{item}")).Body;
            if (units > initial) oversold++;
            if (row["reserved_quantity"]!.GetValue<int>() != units || row["quantity"]!.GetValue<int>() != initial - units) mismatches++;
            var entries = await Resilient.AllPagesAsync(http, $"/api/inventory/{item}/ledger");
            var newest = entries.MaxBy(e => e["id"]!.GetValue<long>())!;
            if (entries.Sum(e => e["change"]!.GetValue<int>()) != newest["resulting_on_hand"]!.GetValue<int>()
                || entries.Sum(e => e["reserved_change"]!.GetValue<int>()) != row["reserved_quantity"]!.GetValue<int>())
                ledger++;
        }

        return [new("items oversold", oversold), new("items whose stock disagrees with their orders", mismatches), new("items whose ledger does not add up", ledger)];
    }

    private async Task<IEnumerable<Figure>> InvoiceAndEmailFiguresAsync(IReadOnlyList<JsonObject> reserved)
    {
        var deadline = DateTime.UtcNow + settle;
        var invoicesMissing = 0;
        foreach (var order in reserved)
        {
            var id = order["id"]!.GetValue<int>();
            while (!await InvoiceAsync(id) && DateTime.UtcNow < deadline) await Task.Delay(200);
            if (!await InvoiceAsync(id)) invoicesMissing++;
        }

        var reservedIds = reserved.Select(o => o["id"]!.GetValue<int>()).ToHashSet();
        var emails = await system.Inbox.EmailsToAsync(shop.CustomerEmail);
        var confirmations = emails.Select(e => OrderNumber(e.Subject, "is confirmed")).Where(id => id is not null).ToList();
        var refundMails = emails.Select(e => OrderNumber(e.Subject, "Refund of")).Where(id => id is not null).ToList();
        return
        [
            new("invoices missing", invoicesMissing),
            new("confirmation emails duplicated", confirmations.GroupBy(id => id).Count(g => g.Count() > 1)),
            new("emails duplicated (same subject twice)", emails.GroupBy(e => e.Subject).Count(g => g.Count() > 1)),
            new("refund emails duplicated", refundMails.GroupBy(id => id).Count(g => g.Count() > 1)),
            Figure.Info("confirmation emails the crash of Notifications caught mid-send (sent at most once)", reservedIds.Count(id => !confirmations.Contains(id))),
        ];
    }

    private async Task<bool> InvoiceAsync(int orderId)
    {
        try
        {
            using var response = await http.GetAsync($"/api/orders/{orderId}/invoice");
            return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "application/pdf";
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task<IEnumerable<Figure>> AnalyticsFiguresAsync(IReadOnlyList<JsonObject> kept)
    {
        var expectedOrders = kept.Count + shop.WarmUpOrders;
        var expectedRevenue = kept.Sum(o => o["total_amount"]!.GetValue<decimal>()) + shop.WarmUpOrders * 9.5m;
        JsonObject revenue = [];
        try
        {
            await Eventually.Until(async () => revenue = (await Resilient.GetAsync(http, "/api/analytics/sales?days=1")).Body["revenue"]!.AsObject(),
                r => r["total_orders"]!.GetValue<int>() == expectedOrders && r["total_revenue"]!.GetValue<decimal>() == expectedRevenue, settle, "analytics to match the orders");
        }
        catch (TimeoutException)
        {
            // Reported below as the difference.
        }

        return
        [
            new("analytics order count minus orders", revenue["total_orders"]!.GetValue<int>() - expectedOrders),
            new("analytics revenue minus orders (cents)", (long)((revenue["total_revenue"]!.GetValue<decimal>() - expectedRevenue) * 100)),
        ];
    }

    private static string Text(JsonObject o, string name) => o[name]!.GetValue<string>();

    private static int? OrderNumber(string subject, string kind) =>
        subject.Contains(kind, StringComparison.Ordinal) && OrderHash().Match(subject) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [GeneratedRegex(@"order #(\d+)")]
    private static partial Regex OrderHash();
}
