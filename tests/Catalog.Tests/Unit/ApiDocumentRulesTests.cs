using System.Text.Json.Nodes;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Unit;

/// <summary>The rules the per-service document tests rely on find what they promise to find.</summary>
public class ApiDocumentRulesTests
{
    [Fact]
    public void An_operation_without_summary_or_error_answers_is_named_once_per_missing_answer()
    {
        var document = JsonNode.Parse("""
            {"paths": {"/api/things/{id}": {"put": {
                "requestBody": {"content": {}},
                "security": [{"Bearer": []}],
                "responses": {"200": {}}
            }}}}
            """)!;

        Assert.Equal(
        [
            "PUT /api/things/{id}: no summary",
            "PUT /api/things/{id}: takes a body but declares no 400",
            "PUT /api/things/{id}: names a resource but declares no 404",
            "PUT /api/things/{id}: needs a token but declares no 401",
            "PUT /api/things/{id}: needs a token but declares no 403",
        ], ApiDocumentRules.Broken(document));
    }

    [Fact]
    public void An_anonymous_operation_with_summary_and_its_answers_passes()
    {
        var document = JsonNode.Parse("""
            {"paths": {"/api/things/{id}": {"get": {
                "summary": "Get a thing",
                "responses": {"200": {}, "404": {}}
            }}}}
            """)!;

        Assert.Empty(ApiDocumentRules.Broken(document));
    }
}
