using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Tests.Unit;

public sealed class MoneyAndCardTests
{
    [Theory]
    [InlineData("12.50", "USD", 1250)]
    [InlineData("0.01", "eur", 1)]
    [InlineData("1999", "JPY", 1999)]
    public void Amounts_convert_to_the_providers_minor_units_and_back(string amount, string currency, long minor)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(minor, MinorUnits.From(value, currency));
        Assert.Equal(value, MinorUnits.ToAmount(minor, currency));
    }

    [Fact]
    public void Amounts_finer_than_the_currency_are_not_exact()
    {
        Assert.False(MinorUnits.IsExact(1.005m, "USD"));
        Assert.False(MinorUnits.IsExact(10.5m, "JPY"));
        Assert.True(MinorUnits.IsExact(10.50m, "USD"));
    }

    [Theory]
    [InlineData("4242424242424242", true, null)]
    [InlineData("4242 4242 4242 4242", true, null)]
    [InlineData("4000-0000-0000-0002", false, "generic_decline")]
    [InlineData("4000000000009995", false, "insufficient_funds")]
    public void Stripes_test_cards_succeed_or_decline_as_documented(string number, bool succeeds, string? declineCode)
    {
        var outcome = TestCards.Outcome(number);

        Assert.NotNull(outcome);
        Assert.Equal((succeeds, declineCode), (outcome.Succeeds, outcome.DeclineCode));
    }

    [Theory]
    [InlineData("1234123412341234")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_number_is_no_test_card(string? number) => Assert.Null(TestCards.Outcome(number));
}
