using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Tests.Unit;

public class BarcodeTests
{
    [Theory]
    [InlineData("4006381333931", BarcodeFormat.Ean13)]
    [InlineData("5901234123457", BarcodeFormat.Ean13)]
    [InlineData("036000291452", BarcodeFormat.UpcA)]
    [InlineData("ABC-123 $/+%.", BarcodeFormat.Code39)]
    [InlineData("Hello-world_42", BarcodeFormat.Code128)]
    [InlineData("12345678", BarcodeFormat.Code39)]
    public void Valid_codes_are_recognised_in_their_format(string value, BarcodeFormat expected)
    {
        var (barcode, problem) = Barcode.Parse(value, (string?)null);

        Assert.Null(problem);
        Assert.Equal(expected, barcode!.Format);
    }

    [Theory]
    [InlineData("4006381333932", "check digit")]
    [InlineData("036000291453", "check digit")]
    [InlineData("caf\u00e9", "printable ASCII")]
    [InlineData("   ", "empty")]
    public void Invalid_codes_are_refused_with_a_reason(string value, string reason)
    {
        var (barcode, problem) = Barcode.Parse(value, (string?)null);

        Assert.Null(barcode);
        Assert.Contains(reason, problem, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("400638133393", 1)]
    [InlineData("03600029145", 2)]
    [InlineData("590123412345", 7)]
    public void Gs1_check_digit_is_computed_with_alternating_weights(string digits, int expected) =>
        Assert.Equal(expected, Barcode.Gs1CheckDigit(digits));

    [Fact]
    public void Upc_a_and_its_ean_13_form_share_a_lookup_key()
    {
        var (upc, _) = Barcode.Parse("036000291452", (string?)null);
        var (ean, _) = Barcode.Parse("0036000291452", (string?)null);

        Assert.Equal(ean!.LookupKey, upc!.LookupKey);
    }

    [Theory]
    [InlineData("abc", "code39")]
    [InlineData("12345", "ean13")]
    [InlineData("12345678901", "upc-a")]
    public void An_explicit_format_is_enforced(string value, string format) =>
        Assert.NotNull(Barcode.Parse(value, format).Problem);

    [Fact]
    public void An_explicit_code128_accepts_digits_that_are_not_an_ean() =>
        Assert.Equal(BarcodeFormat.Code128, Barcode.Parse("4006381333932", "code128").Barcode!.Format);

    [Fact]
    public void An_unknown_format_name_is_refused() =>
        Assert.Contains("format", Barcode.Parse("123", "qr").Problem, StringComparison.OrdinalIgnoreCase);
}
