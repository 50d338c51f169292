using System.Net;
using QommerceHub.Testing;
using static QommerceHub.SystemTests.Contract.ContractAnswer;

namespace QommerceHub.SystemTests.Contract;

/// <summary>Contract rows "Platform" of shared/seed-api-contract.md, through the gateway.</summary>
[Collection(SystemFixture.Collection)]
public sealed class PlatformContractTests(SystemFixture system)
{
    [Fact]
    public async Task Health_answers_status_time_and_database_as_json()
    {
        var shape = await ShapeAsync(await system.Client().GetAsync("/health"), HttpStatusCode.OK);

        shape.HasValue("status", "ok").Has("time", Text).HasValue("database", "ok");
        Assert.True(DateTimeOffset.TryParse(shape.Get("time").GetString(), out _));
        // Ours: which services the gateway asked.
        shape.HasValue("checks.services.identity", "ok");
    }

    [Fact]
    public async Task Public_config_answers_the_publishable_key_or_null_without_a_token()
    {
        var shape = await ShapeAsync(await system.Client().GetAsync("/api/config/public"), HttpStatusCode.OK);
        shape.Has("stripePublishableKey", Text, Null);
    }

    [Fact]
    public async Task Unknown_routes_are_404_Route_not_found_with_or_without_a_token()
    {
        var owner = await new StoreAccounts(system).OpenStoreAsync("Lost Shop");
        foreach (var path in new[] { "/api/nothing-here", "/api/v2/inventory", "/no/such/page" })
        {
            await ErrorAsync(await system.Client().GetAsync(path), HttpStatusCode.NotFound, "Route not found");
            await ErrorAsync(await system.Client(owner.Token).GetAsync(path), HttpStatusCode.NotFound, "Route not found");
        }
        // Under a service's prefix the service answers, so it takes a token to get past the gateway (ours: 401 without).
        foreach (var path in new[] { "/api/tenants/nothing-here", "/api/customization/nothing/here", "/api/payments/nothing-here" })
            await ErrorAsync(await system.Client(owner.Token).GetAsync(path), HttpStatusCode.NotFound, "Route not found");
        await ErrorAsync(await system.Client().GetAsync("/api/tenants/nothing-here"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_docs_are_served()
    {
        var docs = await system.Client().GetAsync("/api-docs");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Equal("text/html", docs.Content.Headers.ContentType?.MediaType);
    }
}
