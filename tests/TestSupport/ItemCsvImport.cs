using System.Globalization;
using System.Text;

namespace QommerceHub.Testing;

/// <summary>Fills a store with many items through the API's CSV import, 10,000 rows a request, as benchmarks need.</summary>
public static class ItemCsvImport
{
    public static async Task ImportAsync(HttpClient api, int items)
    {
        for (var start = 0; start < items; start += 10_000)
            await ImportChunkAsync(api, start, Math.Min(10_000, items - start));
    }

    private static async Task ImportChunkAsync(HttpClient api, int start, int count)
    {
        var csv = new StringBuilder("name,sku,price,quantity\n");
        for (var i = start; i < start + count; i++) csv.Append(CultureInfo.InvariantCulture, $"Item {i},SKU-{i:D7},{1 + i % 500}.99,{1_000_000}\n");
        using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
        using var response = await api.PostAsync("/api/inventory/import", content);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
    }
}
