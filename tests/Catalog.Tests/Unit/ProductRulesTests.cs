using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Tests.Unit;

public class ProductRulesTests
{
    [Theory]
    [InlineData("0.01")]
    [InlineData("19.9")]
    [InlineData("99999999.99")]
    public void Positive_prices_with_at_most_two_decimals_are_accepted(string price) =>
        Assert.Null(ProductRules.PriceProblem(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0", "greater than 0")]
    [InlineData("-5", "greater than 0")]
    [InlineData("1.999", "2 decimal places")]
    [InlineData("100000000", "at most")]
    public void Other_prices_are_refused(string price, string reason) =>
        Assert.Contains(reason, ProductRules.PriceProblem(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-1", "negative")]
    [InlineData("1.5", "whole number")]
    [InlineData("2000000000", "at most")]
    public void Quantities_are_whole_numbers_from_zero(string quantity, string reason) =>
        Assert.Contains(reason, ProductRules.CountProblem(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), "Quantity"));

    [Fact]
    public void A_draft_reports_every_bad_field_at_once()
    {
        var errors = new FieldErrors();
        var draft = ProductDraft.Validate(errors, "", null, -1, 0, "4006381333932", null, 1.5m, null);

        Assert.Null(draft);
        Assert.Equal(["name", "sku", "quantity", "price", "barcode", "low_stock_threshold"], errors.All.Select(e => e.Field).Distinct());
    }

    [Theory]
    [InlineData("", "Name is required")]
    [InlineData("   ", "Name is required")]
    [InlineData(null, "Name is required")]
    public void A_blank_name_is_reported_as_missing_not_as_too_long(string? name, string message)
    {
        var errors = new FieldErrors();
        ProductRules.Name(errors, name);

        Assert.Equal(message, Assert.Single(errors.All).Message);
    }

    [Fact]
    public void A_draft_defaults_the_reorder_point_to_the_threshold()
    {
        var draft = ProductDraft.Validate(new FieldErrors(), " Mug ", "M-1", null, 2.5m, null, null, 4, null);

        Assert.Equal(("Mug", 0, 4, 4), (draft!.Name, draft.Quantity, draft.LowStockThreshold, draft.ReorderPoint));
    }
}
