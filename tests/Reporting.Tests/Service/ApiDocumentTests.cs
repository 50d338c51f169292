using System.Text.Json.Nodes;
using QommerceHub.Reporting.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Service;

public sealed class ApiDocumentTests(InfrastructureFixture infrastructure, ReportingHost reporting) : ReportingTestBase(infrastructure, reporting)
{
    [Fact]
    public async Task The_openapi_document_lists_the_invoice_and_report_downloads()
    {
        var document = JsonNode.Parse(await Reporting.Factory.CreateClient().GetStringAsync(ApiDocumentRules.DocumentPath))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/orders/{id}/invoice", paths);
        Assert.Contains("/api/reports/sales/csv", paths);
        Assert.Contains("/api/reports/inventory/excel", paths);
        Assert.Contains("/api/reports/customers/csv", paths);
        Assert.Contains("/api/reports/credit-notes/{number}", paths);
    }

    [Fact]
    public async Task Every_operation_has_a_summary_and_declares_the_errors_it_can_answer() =>
        Assert.Empty(await ApiDocumentRules.BrokenAsync(Reporting.Factory.CreateClient()));
}
