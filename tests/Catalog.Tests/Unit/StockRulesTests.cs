using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Tests.Unit;

public class StockRulesTests
{
    [Fact]
    public void Available_is_on_hand_minus_reserved() => Assert.Equal(7, new StockLevel(10, 3).Available);

    [Theory]
    [InlineData(10, 3, -4, 0, 6, 3)]
    [InlineData(10, 3, 0, 7, 10, 10)]
    [InlineData(10, 3, -3, -3, 7, 0)]
    public void Movements_that_respect_the_rules_give_the_next_level(int onHand, int reserved, int change, int reservedChange, int nextOnHand, int nextReserved)
    {
        var (next, problem) = new StockLevel(onHand, reserved).After(change, reservedChange);

        Assert.Null(problem);
        Assert.Equal(new StockLevel(nextOnHand, nextReserved), next);
    }

    [Theory]
    [InlineData(10, 3, -11, 0, "below zero")]
    [InlineData(10, 3, -8, 0, "reserved")]
    [InlineData(10, 3, 0, 8, "available")]
    [InlineData(10, 3, 0, -4, "release")]
    public void Movements_that_break_the_rules_are_refused(int onHand, int reserved, int change, int reservedChange, string reason)
    {
        var level = new StockLevel(onHand, reserved);
        var (next, problem) = level.After(change, reservedChange);

        Assert.Contains(reason, problem, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(level, next);
    }

    [Fact]
    public void A_count_records_the_difference_to_what_is_on_hand() =>
        Assert.Equal(-4, StockMovement.Counted(new StockLevel(10, 0), 6, StockReason.Count, null, "user:1").OnHandChange);

    [Fact]
    public void A_sale_takes_units_off_the_shelf_and_out_of_the_reservation()
    {
        var sale = StockMovement.Sale(orderId: 5, quantity: 2);

        Assert.Equal((-2, -2, "order:5"), (sale.OnHandChange, sale.ReservedChange, sale.Reference));
    }

    [Theory]
    [InlineData(StockReason.Received, -1)]
    [InlineData(StockReason.Return, -1)]
    [InlineData(StockReason.Damaged, 1)]
    [InlineData(StockReason.Lost, 2)]
    public void Adjustment_reasons_fix_the_direction_of_the_change(string reason, int delta) =>
        Assert.NotNull(StockReason.SignProblem(reason, delta));

    [Fact]
    public void Applying_a_movement_writes_a_ledger_row_with_the_resulting_level()
    {
        var (product, opening) = Product.Open(new ProductDraft("Mug", "M-1", 5, 3m, null, 1, 1), 9, StockReason.Created, "user:1", DateTimeOffset.UnixEpoch);
        var entry = product.Apply(StockMovement.Reservation(orderId: 4, quantity: 2), DateTimeOffset.UnixEpoch);

        Assert.Equal((5, 0, 1L), (opening.Change, opening.ResultingReserved, product.Version - 1));
        Assert.Equal((0, 2, 5, 2, "reservation"), (entry.Change, entry.ReservedChange, entry.ResultingOnHand, entry.ResultingReserved, entry.Reason));
    }
}
