using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Tests.Unit;

public class OrderPricingTests
{
    private static readonly Dictionary<int, SellableProduct> replica = new()
    {
        [1] = new SellableProduct(1, "Mug", "MUG-1", 12.50m),
        [2] = new SellableProduct(2, "Plate", "PLATE-2", 0.99m),
    };

    [Fact]
    public void Lines_take_name_sku_and_price_from_the_replica_and_sum_to_the_total()
    {
        var priced = OrderPricing.Price([new RequestedLine(1, 3), new RequestedLine(2, 7)], replica);

        Assert.True(priced.IsComplete);
        Assert.Equal([new PricedLine(1, "Mug", "MUG-1", 3, 12.50m), new PricedLine(2, "Plate", "PLATE-2", 7, 0.99m)], priced.Lines);
        Assert.Equal(44.43m, priced.Total);
    }

    [Fact]
    public void Products_missing_from_the_replica_are_reported_not_priced()
    {
        var priced = OrderPricing.Price([new RequestedLine(1, 1), new RequestedLine(9, 1), new RequestedLine(8, 2)], replica);

        Assert.False(priced.IsComplete);
        Assert.Equal([9, 8], priced.UnknownProducts);
    }

    [Fact]
    public void Large_quantities_keep_exact_cents()
    {
        var priced = OrderPricing.Price([new RequestedLine(2, OrderLimits.MaxQuantity)], replica);

        Assert.Equal(9900.00m, priced.Total);
    }
}
