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

    [Theory]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=2025-01-01%00", "from")]
    public async Task Edge_dates_and_control_characters_in_the_sales_export_are_field_errors(string query, string field)
    {
        var owner = Reporting.Factory.ClientFor(TestTenants.Next(), userId: 3, role: "owner");

        var response = await owner.GetAsync("/api/reports/sales/csv?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(field, problem["details"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Staff_reach_an_orders_invoice_answer()
    {
        var staff = Reporting.Factory.ClientFor(TestTenants.Next(), userId: 8, role: "staff");

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/orders/999999/invoice")).StatusCode);
    }
}
