using System.Text.Json.Nodes;
using QommerceHub.Reporting.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Service;

public sealed class ApiDocumentTests(InfrastructureFixture infrastructure, ReportingHost reporting) : ReportingTestBase(infrastructure, reporting)
{
    [Fact]
    public async Task The_openapi_document_lists_the_invoice_and_report_downloads()
    {
        var document = JsonNode.Parse(await Reporting.Factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/orders/{id}/invoice", paths);
        Assert.Contains("/api/reports/sales/csv", paths);
        Assert.Contains("/api/reports/inventory/excel", paths);
        Assert.Contains("/api/reports/customers/csv", paths);
        Assert.Contains("/api/reports/credit-notes/{number}", paths);
    }
}
