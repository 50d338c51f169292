using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Service;

public sealed class CustomerExportTests(InfrastructureFixture infrastructure, ReportingHost reporting) : ReportingTestBase(infrastructure, reporting)
{
    private const string Path = "/api/reports/customers/csv";

    [Fact]
    public async Task Customers_csv_lists_current_customers_with_orders_and_spend_and_neutralises_formulas()
    {
        var store = NewStore();
        var (grace, mallory, gone) = (EventBuilder.NextId(), EventBuilder.NextId(), EventBuilder.NextId());
        await store.PublishAsync(EventBuilder.Customer(store.TenantId, grace, "Grace Hopper"));
        await store.PublishAsync(EventBuilder.Customer(store.TenantId, mallory, "@SUM(1+1)*cmd|' /C calc'!A0", email: "+mallory@example.test"));
        await store.PublishAsync(EventBuilder.Customer(store.TenantId, gone, "Gone Customer"));
        await store.PublishAsync(new CustomerDeleted { TenantId = store.TenantId, CustomerId = gone });
        await store.PublishAsync(new CustomerUpdated { TenantId = store.TenantId, CustomerId = grace, Name = "Grace B. Hopper", Email = "grace@navy.test", Phone = "-12", Address = "Arlington" });
        var (kept, cancelled) = (EventBuilder.NextId(), EventBuilder.NextId());
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, kept, "Grace B. Hopper", customerId: grace));
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, cancelled, "Grace B. Hopper", customerId: grace));
        await store.WaitForInvoiceAsync(cancelled);
        await store.PublishAsync(new OrderCancelled { TenantId = store.TenantId, OrderId = cancelled, Reason = "customer_request", WasPaid = false });
        var other = NewStore();
        await other.PublishAsync(EventBuilder.Customer(other.TenantId, EventBuilder.NextId(), "Someone Else"));
        await Eventually.Until(() => store.QueryAsync(async db =>
                await db.Customers.AnyAsync(c => c.CustomerId == gone && c.IsDeleted) &&
                await db.SalesOrders.AnyAsync(o => o.OrderId == cancelled && o.Status == "cancelled")),
            done => done, what: "the deletion and the cancellation");

        var csv = CsvTable.Parse(await store.DownloadWhenAsync(Path, bytes => IsSettled(CsvTable.Parse(bytes), grace), "the settled customers export"));

        Assert.Equal(["Customer ID", "Name", "Email", "Phone", "Total Orders", "Total Spent", "Last Order", "Customer Since", "Address"], csv.Header);
        Assert.Equal([grace.ToString(), mallory.ToString()], csv.Rows.Select(r => r["Customer ID"]));
        var row = csv.Row("Customer ID", grace.ToString());
        Assert.Equal(("Grace B. Hopper", "grace@navy.test", "'-12", "1", "27.50", "Arlington"),
            (row["Name"], row["Email"], row["Phone"], row["Total Orders"], row["Total Spent"], row["Address"]));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", row["Last Order"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", row["Customer Since"]);
        var hostile = csv.Row("Customer ID", mallory.ToString());
        Assert.Equal(("'@SUM(1+1)*cmd|' /C calc'!A0", "'+mallory@example.test", "0", "0.00", ""), (hostile["Name"], hostile["Email"], hostile["Total Orders"], hostile["Total Spent"], hostile["Last Order"]));
    }

    private static bool IsSettled(CsvTable csv, int grace) =>
        csv.Rows.Count == 2 && csv.Rows.Any(r => r["Customer ID"] == grace.ToString() && r["Name"] == "Grace B. Hopper" && r["Total Orders"] == "1");
}
