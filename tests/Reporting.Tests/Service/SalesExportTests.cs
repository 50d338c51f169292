using System.Net;
using System.Text.Json.Nodes;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Service;

public sealed class SalesExportTests(InfrastructureFixture infrastructure, ReportingHost reporting) : ReportingTestBase(infrastructure, reporting)
{
    private const string FebruaryToMarch = "/api/reports/sales/csv?startDate=2026-02-01&endDate=2026-03-31";

    [Fact]
    public async Task Sales_csv_holds_the_periods_orders_with_bookkeeping_columns()
    {
        var store = NewStore();
        var (january, february, lastOfMarch, april) = (EventBuilder.NextId(), EventBuilder.NextId(), EventBuilder.NextId(), EventBuilder.NextId());
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, january, placedAt: At("2026-01-10T09:00:00Z")));
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, february, "Grace Hopper", At("2026-02-15T10:00:00Z")));
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, lastOfMarch, placedAt: At("2026-03-31T23:30:00Z")));
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, april, placedAt: At("2026-04-01T00:00:00Z")));
        await store.WaitForInvoiceAsync(february);
        await store.PublishAsync(new PaymentSucceeded { TenantId = store.TenantId, OrderId = february, PaymentIntentId = "pi_feb", Amount = 27.50m });
        await store.PublishAsync(new OrderStatusChanged { TenantId = store.TenantId, OrderId = february, PreviousStatus = "pending", Status = "processing" });
        await store.PublishAsync(new OrderCancelled { TenantId = store.TenantId, OrderId = lastOfMarch, Reason = "customer_request", WasPaid = false });
        var other = NewStore();
        await other.PublishAsync(EventBuilder.OrderConfirmed(other.TenantId, EventBuilder.NextId(), placedAt: At("2026-02-20T10:00:00Z")));

        var csv = CsvTable.Parse(await store.DownloadWhenAsync(FebruaryToMarch, bytes => IsSettled(CsvTable.Parse(bytes), february, lastOfMarch), "the settled sales export"));

        Assert.Equal([february.ToString(), lastOfMarch.ToString()], csv.Rows.Select(r => r["Order ID"]));
        var paid = csv.Row("Order ID", february.ToString());
        // The original's columns first, in its order; ours follow.
        Assert.Equal(["Order ID", "Date", "Customer", "Email", "Items", "Total", "Status", "Invoice number", "Customer ID", "Payment status", "Currency", "Paid", "Refunded", "Net"],
            csv.Header);
        Assert.Equal("2026-02-15 10:00:00", paid["Date"]);
        Assert.Matches("^INV-00000[1-4]$", paid["Invoice number"]);
        Assert.Equal(("Grace Hopper", "ada@example.test", "processing", "paid", "USD"), (paid["Customer"], paid["Email"], paid["Status"], paid["Payment status"], paid["Currency"]));
        Assert.Equal(("3", "27.50", "27.50", "0.00", "27.50"), (paid["Items"], paid["Total"], paid["Paid"], paid["Refunded"], paid["Net"]));
        Assert.Equal("cancelled", csv.Row("Order ID", lastOfMarch.ToString())["Status"]);
        // Ours: from and to mean the same.
        Assert.Equal(2, CsvTable.Parse(await store.Client.GetByteArrayAsync("/api/reports/sales/csv?from=2026-02-01&to=2026-03-31")).Rows.Count);
    }

    [Fact]
    public async Task Sales_csv_is_a_download_and_neutralises_cells_that_look_like_formulas()
    {
        var store = NewStore();
        var orderId = EventBuilder.NextId();
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, orderId, "=HYPERLINK(\"http://evil.test\",\"Refund\")", At("2026-02-02T08:00:00Z")));

        await store.DownloadWhenAsync(FebruaryToMarch, bytes => CsvTable.Parse(bytes).Rows.Count == 1, "the order in the export");
        var response = await store.Client.GetAsync(FebruaryToMarch);
        var csv = CsvTable.Parse(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("sales-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("'=HYPERLINK(\"http://evil.test\",\"Refund\")", csv.Row("Order ID", orderId.ToString())["Customer"]);
    }

    [Fact]
    public async Task Sales_csv_rejects_bad_dates_with_field_errors()
    {
        var store = NewStore();

        var badMonth = await store.Client.GetAsync("/api/reports/sales/csv?startDate=2026-13-01");
        var backwards = await store.Client.GetAsync("/api/reports/sales/csv?startDate=2026-03-01&endDate=2026-02-01");
        var oursBackwards = await store.Client.GetAsync("/api/reports/sales/csv?from=2026-03-01&to=2026-02-01");

        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.Equal("startDate", (await Problem(badMonth))["details"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("endDate", (await Problem(backwards))["details"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("to", (await Problem(oursBackwards))["details"]![0]!["field"]!.GetValue<string>());
    }

    private static bool IsSettled(CsvTable csv, int paidOrder, int cancelledOrder) =>
        csv.Rows.Any(r => r["Order ID"] == paidOrder.ToString() && r["Status"] == "processing" && r["Payment status"] == "paid") &&
        csv.Rows.Any(r => r["Order ID"] == cancelledOrder.ToString() && r["Status"] == "cancelled");

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonNode> Problem(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
