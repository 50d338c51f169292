using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;
using static QommerceHub.SystemTests.Contract.ContractAnswer;

namespace QommerceHub.SystemTests.Contract;

/// <summary>
/// Contract rows "Inventory — /api/inventory" of shared/seed-api-contract.md, through the gateway. The image upload
/// row is in <see cref="CustomizationContractTests"/> beside the other uploads.
/// </summary>
[Collection(SystemFixture.Collection)]
public sealed class InventoryContractTests(SystemFixture system)
{
    [Fact]
    public async Task Items_are_created_listed_searched_updated_deleted_and_restored_as_the_original_rows()
    {
        var api = system.Client((await new StoreAccounts(system).OpenStoreAsync("Contract Inventory")).Token);

        var created = await ShapeAsync(await api.PostAsJsonAsync("/api/inventory", new
        {
            name = "Blue teapot", sku = "TEA-POT-1", description = "Cast iron", quantity = 12, price = 24.5m, category = "Kitchen",
        }), HttpStatusCode.Created);
        ItemRow(created).HasValue("quantity", "12").HasValue("description", "Cast iron").HasValue("category", "Kitchen")
            .HasValue("low_stock_threshold", "10").HasValue("is_deleted", "false");
        var id = created.Get("id").GetInt32();
        await api.PostAsJsonAsync("/api/inventory", new { name = "Green cup", sku = "CUP-9", quantity = 3, price = 4m });

        var list = await ListAsync(await api.GetAsync("/api/inventory"));
        list.HasValue("pagination.page", "1").HasValue("pagination.limit", "10").HasValue("pagination.total", "2").HasValue("pagination.totalPages", "1");
        ItemRow(list, "items[0].").HasValue("items[0].name", "Green cup");
        ItemRow(list, "items[1].");
        (await ListAsync(await api.GetAsync("/api/inventory?search=teapot"))).HasValue("pagination.total", "1");
        (await ListAsync(await api.GetAsync("/api/inventory?search=cup-9"))).HasValue("items[0].sku", "CUP-9");
        // Lenient paging and sorting: clamped or defaulted, never 400.
        (await ListAsync(await api.GetAsync("/api/inventory?page=0&limit=500&sortBy=colour&sortOrder=sideways")))
            .HasValue("pagination.page", "1").HasValue("pagination.limit", "100");
        (await ListAsync(await api.GetAsync("/api/inventory?limit=1&page=2&sortBy=price&sortOrder=asc")))
            .HasValue("items[0].name", "Blue teapot").HasValue("pagination.totalPages", "2");

        ItemRow(await ShapeAsync(await api.PutAsJsonAsync($"/api/inventory/{id}", new { price = 19.99m, quantity = 8 }), HttpStatusCode.OK))
            .HasValue("price", "19.99").HasValue("quantity", "8").HasValue("name", "Blue teapot");
        await ErrorAsync(await api.PutAsJsonAsync("/api/inventory/999999", new { price = 1m }), HttpStatusCode.NotFound);

        (await ShapeAsync(await api.DeleteAsync($"/api/inventory/{id}"), HttpStatusCode.OK)).HasValue("message", "Item deleted");
        (await ListAsync(await api.GetAsync("/api/inventory"))).HasValue("pagination.total", "1");
        ItemRow(await ShapeAsync(await api.PutAsync($"/api/inventory/{id}/restore", null), HttpStatusCode.OK)).HasValue("is_deleted", "false");
        await ErrorAsync(await api.PutAsync("/api/inventory/999999/restore", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_answers_without_a_token()
    {
        (await ShapeAsync(await system.Client().GetAsync("/api/inventory/health"), HttpStatusCode.OK))
            .HasValue("message", "Inventory service healthy");
    }

    /// <summary>The original's item row (at <paramref name="prefix"/>), plus our stock split beside it.</summary>
    private static JsonShape ItemRow(JsonShape shape, string prefix = "")
    {
        return shape.Has(prefix + "id", Number).Has(prefix + "tenant_id", Number).Has(prefix + "name", Text).Has(prefix + "sku", Text)
            .Has(prefix + "description", Text, Null).Has(prefix + "quantity", Number).Has(prefix + "price", Number)
            .Has(prefix + "category", Text, Null).Has(prefix + "image_url", Text, Null).Has(prefix + "barcode", Text, Null)
            .Has(prefix + "low_stock_threshold", Number).Has(prefix + "is_deleted", ContractAnswer.Boolean)
            .Has(prefix + "created_at", Text).Has(prefix + "updated_at", Text)
            .Has(prefix + "on_hand", Number).Has(prefix + "reserved_quantity", Number);
    }
}
