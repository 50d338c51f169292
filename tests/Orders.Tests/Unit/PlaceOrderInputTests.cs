using QommerceHub.Orders.Apis;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Tests.Unit;

public class PlaceOrderInputTests
{
    private static IReadOnlyList<string> FieldsOf(PlaceOrderRequest request) =>
        PlaceOrderInput.Read(request).Errors.All.Select(e => e.Field).ToList();

    [Fact]
    public void Valid_request_merges_repeated_products_and_trims_notes()
    {
        var (input, errors) = PlaceOrderInput.Read(new PlaceOrderRequest(4, [new(1, 2), new(2, 1), new(1, 3)], "  ring the bell  "));

        Assert.False(errors.Any);
        Assert.Equal([new RequestedLine(1, 5), new RequestedLine(2, 1)], input!.Lines);
        Assert.Equal("ring the bell", input.Notes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1.5)]
    [InlineData(10_001)]
    public void Quantity_must_be_a_whole_number_in_range(double quantity) =>
        Assert.Equal(["items[0].quantity"], FieldsOf(new PlaceOrderRequest(1, [new(1, (decimal)quantity)], null)));

    [Fact]
    public void Missing_customer_product_and_item_are_each_named()
    {
        Assert.Equal(["customer_id", "items[0].inventory_id", "items[1]"], FieldsOf(new PlaceOrderRequest(null, [new(null, 1), null], null)));
    }

    [Fact]
    public void Empty_or_oversized_item_lists_are_refused_as_a_whole()
    {
        Assert.Equal(["items"], FieldsOf(new PlaceOrderRequest(1, [], null)));
        Assert.Equal(["items"], FieldsOf(new PlaceOrderRequest(1, null, null)));
        var thousand = Enumerable.Range(1, 1000).Select(i => (PlaceOrderItem?)new PlaceOrderItem(i, 1)).ToList();
        Assert.Equal(["items"], FieldsOf(new PlaceOrderRequest(1, thousand, null)));
    }

    [Fact]
    public void Merged_quantity_over_the_limit_is_refused()
    {
        Assert.Equal(["items"], FieldsOf(new PlaceOrderRequest(1, [new(1, OrderLimits.MaxQuantity), new(1, 1)], null)));
    }

    [Fact]
    public void Notes_over_the_limit_are_refused()
    {
        Assert.Equal(["notes"], FieldsOf(new PlaceOrderRequest(1, [new(1, 1)], new string('n', OrderLimits.NotesMax + 1))));
    }
}
