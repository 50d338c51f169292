using System.Text;
using QommerceHub.Catalog.Services;

namespace QommerceHub.Catalog.Tests.Unit;

public class InventoryCsvReaderTests
{
    private static Task<(List<InventoryCsvRow> Rows, List<ImportRowError> Errors)> Read(string csv) =>
        InventoryCsvReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), 1000, CancellationToken.None);

    [Fact]
    public async Task Rows_are_read_by_header_name_in_any_order_and_case()
    {
        var (rows, errors) = await Read("Price,SKU,name,quantity\n2.50,A-1,\"Mug, blue\",4\n");

        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal((2, "Mug, blue", "A-1", "4", "2.50"), (row.Row, row.Name, row.Sku, row.Quantity, row.Price));
    }

    [Fact]
    public async Task Broken_lines_are_reported_by_line_and_the_rest_still_read()
    {
        var (rows, errors) = await Read("name,sku,price\nMug,A-1,2\nPlate,\"A-2,3\nBowl,A-3,4,extra\nCup,A-4,1\n");

        Assert.Equal(["A-1", "A-4"], rows.Select(r => r.Sku));
        Assert.Equal([3, 4], errors.Select(e => e.Row));
    }

    [Fact]
    public async Task Missing_and_unknown_columns_are_header_errors()
    {
        var (rows, errors) = await Read("name,quantiy\nMug,3\n");

        Assert.Empty(rows);
        Assert.Equal(["sku", "price", "quantiy"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal(1, e.Row));
    }
}
