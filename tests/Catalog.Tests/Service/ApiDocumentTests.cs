using System.Text.Json.Nodes;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class ApiDocumentTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Every_operation_has_a_summary_and_declares_the_errors_it_can_answer() =>
        Assert.Empty(await ApiDocumentRules.BrokenAsync(Factory.CreateClient()));

    [Fact]
    public async Task The_document_marks_routes_that_need_a_token_and_leaves_the_anonymous_ones_unmarked()
    {
        var paths = JsonNode.Parse(await Factory.CreateClient().GetStringAsync(ApiDocumentRules.DocumentPath))!["paths"]!;

        Assert.NotNull(paths["/api/inventory/{id}"]!["get"]!["security"]);
        Assert.Null(paths["/api/inventory/health"]!["get"]!["security"]);
    }
}
