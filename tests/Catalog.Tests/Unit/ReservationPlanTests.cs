using QommerceHub.Catalog.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Catalog.Tests.Unit;

public class ReservationPlanTests
{
    private static readonly Dictionary<int, StockLevel> Stock = new()
    {
        [1] = new StockLevel(10, 2),
        [2] = new StockLevel(5, 5),
        [3] = new StockLevel(3, 0),
    };

    [Fact]
    public void Order_within_available_stock_reserves_every_line()
    {
        var plan = ReservationPlan.For([new(1, 8), new(3, 3)], Stock);

        Assert.True(plan.CanReserve);
        Assert.Equal([new ReservationRequest(1, 8), new ReservationRequest(3, 3)], plan.Lines);
    }

    [Fact]
    public void One_short_line_fails_the_whole_order_and_names_each_shortfall()
    {
        var plan = ReservationPlan.For([new(1, 9), new(2, 1), new(3, 3)], Stock);

        Assert.False(plan.CanReserve);
        Assert.Equal([new StockShortfall(1, 9, 8), new StockShortfall(2, 1, 0)], plan.Shortfalls);
    }

    [Fact]
    public void The_same_product_on_several_lines_is_checked_as_one_total()
    {
        var plan = ReservationPlan.For([new(3, 2), new(3, 2)], Stock);

        Assert.Equal([new StockShortfall(3, 4, 3)], plan.Shortfalls);
    }

    [Fact]
    public void Unknown_or_deleted_products_have_nothing_available() =>
        Assert.Equal([new StockShortfall(99, 1, 0)], ReservationPlan.For([new(99, 1)], Stock).Shortfalls);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_line_without_a_positive_quantity_cannot_be_reserved(int quantity) =>
        Assert.False(ReservationPlan.For([new(1, quantity)], Stock).CanReserve);
}
