using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Tests.Unit;

public class LowStockRuleTests
{
    [Theory]
    [InlineData(11, 10, false)]
    [InlineData(10, 10, true)]
    [InlineData(0, 0, true)]
    public void An_item_is_low_at_or_below_its_threshold(int available, int threshold, bool low) =>
        Assert.Equal(low, LowStockRule.IsLow(available, threshold));

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, true, false)]
    [InlineData(true, false, false)]
    [InlineData(false, false, false)]
    public void Only_a_downward_crossing_raises_an_alert(bool wasLow, bool isLow, bool alert) =>
        Assert.Equal(alert, LowStockRule.CrossedDownward(wasLow, isLow));

    [Fact]
    public void Selling_down_through_the_threshold_alerts_once_and_again_after_a_restock()
    {
        var (product, _) = Product.Open(new ProductDraft("Mug", "M-1", 12, 3m, null, 10, 10), 1, StockReason.Created, "t", DateTimeOffset.UnixEpoch);
        var alerts = 0;
        foreach (var delta in new[] { -1, -1, -1, -1, +10, -8 })
        {
            var wasLow = product.IsLowStock;
            product.Apply(StockMovement.Adjustment(delta > 0 ? StockReason.Received : StockReason.Damaged, delta, null, "t"), DateTimeOffset.UnixEpoch);
            if (LowStockRule.CrossedDownward(wasLow, product.IsLowStock)) alerts++;
        }

        Assert.Equal(2, alerts);
    }
}
