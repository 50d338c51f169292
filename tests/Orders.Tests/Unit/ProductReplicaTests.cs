using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Tests.Unit;

public class ProductReplicaTests
{
    [Fact]
    public void Stale_details_are_ignored()
    {
        var product = new Product { TenantId = 1, Id = 5 };
        product.ApplyDetails("Mug v2", "M-2", 14m, version: 2);
        product.ApplyDetails("Mug v1", "M-1", 12m, version: 1);

        Assert.Equal(("Mug v2", 14m), (product.Name, product.Price));
    }

    [Fact]
    public void Delete_arriving_before_create_still_wins()
    {
        var product = new Product { TenantId = 1, Id = 5 };
        product.ApplyDeleted(true, version: 3);
        Assert.False(product.IsOrderable);

        product.ApplyDetails("Mug", "M-1", 12m, version: 1);
        product.ApplyDeleted(false, version: 1);
        Assert.False(product.IsOrderable);

        product.ApplyDeleted(false, version: 4);
        Assert.True(product.IsOrderable);
        Assert.Equal("Mug", product.Name);
    }

    [Fact]
    public void Versions_may_start_at_zero()
    {
        var product = new Product { TenantId = 1, Id = 5 };
        product.ApplyDetails("Mug", "M-1", 12m, version: 0);
        product.ApplyDeleted(false, version: 0);

        Assert.True(product.IsOrderable);
    }

    [Fact]
    public void Product_known_only_from_a_restore_cannot_be_ordered()
    {
        var product = new Product { TenantId = 1, Id = 5 };
        product.ApplyDeleted(false, version: 2);

        Assert.False(product.IsOrderable);
    }
}
