using System.Net;
using QommerceHub.Reporting.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Service;

/// <summary>Exports (the customers' personal data among them) are for owners and managers; staff keep invoices.</summary>
public class PermissionTests(InfrastructureFixture infrastructure, ReportingHost reporting) : ReportingTestBase(infrastructure, reporting)
{
    [Theory]
    [InlineData("/api/reports/customers/csv")]
    [InlineData("/api/reports/sales/csv")]
    [InlineData("/api/reports/inventory/excel")]
    public async Task Staff_cannot_export_and_managers_can(string path)
    {
        var tenantId = TestTenants.Next();
        var staff = Reporting.Factory.ClientFor(tenantId, userId: 8, role: "staff");
        var manager = Reporting.Factory.ClientFor(tenantId, userId: 9, role: "manager");

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Staff_reach_an_orders_invoice_answer()
    {
        var staff = Reporting.Factory.ClientFor(TestTenants.Next(), userId: 8, role: "staff");

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/orders/999999/invoice")).StatusCode);
    }
}
