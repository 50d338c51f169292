using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Tests.Unit;

public sealed class ReplicaTests
{
    [Fact]
    public void Product_details_and_state_follow_their_own_versions()
    {
        var product = new ProductReplica();
        Assert.True(product.ApplyState(3, deleted: true));
        Assert.True(product.ApplyDetails(1, "Tea", "T-1", 3m, 2));
        Assert.False(product.ApplyState(1, deleted: false));
        Assert.False(product.ApplyDetails(1, "Tea again", "T-1", 3m, 2));

        Assert.True(product.IsDeleted);
        Assert.Equal("Tea", product.Name);
        Assert.True(product.IsKnown);
    }

    [Fact]
    public void Stock_keeps_the_latest_ledger_entry_and_the_opening_quantity_only_counts_before_any()
    {
        var product = new ProductReplica();
        product.ApplyOpeningStock(40);
        Assert.Equal(40, product.OnHand);

        Assert.True(product.ApplyStock(5, onHand: 8, reserved: 3));
        Assert.False(product.ApplyStock(4, onHand: 40, reserved: 0));
        product.ApplyOpeningStock(40);

        Assert.Equal(5, product.Available);
    }

    [Fact]
    public void The_newest_customer_change_wins()
    {
        var customer = new CustomerReplica { Name = "From an order" };
        var monday = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

        Assert.True(customer.Apply(monday.AddDays(1), "Ada Lovelace", "ada@example.test"));
        Assert.False(customer.Apply(monday, "Ada", null));

        Assert.Equal("Ada Lovelace", customer.Name);
    }
}
