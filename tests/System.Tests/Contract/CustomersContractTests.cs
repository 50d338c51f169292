using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;
using static QommerceHub.SystemTests.Contract.ContractAnswer;

namespace QommerceHub.SystemTests.Contract;

/// <summary>Contract rows "Customers — /api/customers" of shared/seed-api-contract.md, through the gateway.</summary>
[Collection(SystemFixture.Collection)]
public sealed class CustomersContractTests(SystemFixture system)
{
    [Fact]
    public async Task Customers_are_created_listed_searched_updated_and_deleted_as_the_original_rows()
    {
        var api = system.Client((await new StoreAccounts(system).OpenStoreAsync("Contract Customers")).Token);
        var email = TestTenants.UniqueEmail("grace");

        var created = CustomerRow(await ShapeAsync(await api.PostAsJsonAsync("/api/customers",
            new { name = "Grace Hopper", email, phone = "+1 555 0100", address = "Navy Yard" }), HttpStatusCode.Created));
        created.HasValue("name", "Grace Hopper").HasValue("email", email);
        var id = created.Get("id").GetInt32();
        await api.PostAsJsonAsync("/api/customers", new { name = "Ada Lovelace", email = TestTenants.UniqueEmail("ada") });

        // Ours: a duplicate email is a conflict (409), with the original's sentence.
        await ErrorAsync(await api.PostAsJsonAsync("/api/customers", new { name = "Grace Again", email }), HttpStatusCode.Conflict,
            "Customer with this email already exists");
        (await ErrorAsync(await api.PostAsJsonAsync("/api/customers", new { name = "G" }), HttpStatusCode.BadRequest, "Validation failed"))
            .Has("details[0].field", Text).Has("details[0].message", Text);

        var list = await ListAsync(await api.GetAsync("/api/customers"));
        list.HasValue("pagination.page", "1").HasValue("pagination.limit", "10")
            .HasValue("pagination.total", "2").HasValue("pagination.totalPages", "1");
        CustomerRow(list, "items[0].");
        (await ListAsync(await api.GetAsync("/api/customers?search=hopper"))).HasValue("pagination.total", "1");
        (await ListAsync(await api.GetAsync($"/api/customers?search={Uri.EscapeDataString(email)}")))
            .HasValue("items[0].name", "Grace Hopper");
        (await ListAsync(await api.GetAsync("/api/customers?page=x&limit=1000"))).HasValue("pagination.limit", "100");

        CustomerRow(await ShapeAsync(await api.PutAsJsonAsync($"/api/customers/{id}", new { address = "Arlington" }), HttpStatusCode.OK))
            .HasValue("address", "Arlington").HasValue("name", "Grace Hopper");

        // Ours: a soft delete; the customer leaves the list, their orders stay.
        (await ShapeAsync(await api.DeleteAsync($"/api/customers/{id}"), HttpStatusCode.OK)).HasValue("message", "Customer deleted");
        (await ListAsync(await api.GetAsync("/api/customers"))).HasValue("pagination.total", "1");
        await ErrorAsync(await api.PutAsJsonAsync($"/api/customers/{id}", new { name = "Grace" }), HttpStatusCode.NotFound);
    }

    private static JsonShape CustomerRow(JsonShape shape, string at = "") => shape
        .Has(at + "id", Number).Has(at + "tenant_id", Number).Has(at + "name", Text).Has(at + "email", Text)
        .Has(at + "phone", Text, Null).Has(at + "address", Text, Null).Has(at + "created_at", Text);
}
