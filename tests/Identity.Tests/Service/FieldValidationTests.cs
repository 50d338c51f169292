using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Identity.Tests.Service;

public sealed class FieldValidationTests
{
    [Theory]
    [InlineData("owner@shop.example", true)]
    [InlineData("first.last+tag@sub.shop.example", true)]
    [InlineData("no-at-sign", false)]
    [InlineData("two@@shop.example", false)]
    [InlineData("spaces in@shop.example", false)]
    [InlineData("missing@tld", false)]
    [InlineData("Name <owner@shop.example>", false)]
    public void Email_rule_accepts_plain_addresses_only(string email, bool valid) =>
        Assert.Equal(valid, FieldErrors.IsEmail(email));

    [Theory]
    [InlineData("short1", "at least 8")]
    [InlineData("lettersonly", "letter and one number")]
    [InlineData("1234567890", "letter and one number")]
    public void Weak_passwords_are_refused_with_a_reason(string password, string reason)
    {
        var errors = new FieldErrors().Password("password", password);
        Assert.Contains(reason, Assert.Single(errors.All).Message);
    }

    [Fact]
    public void Text_rule_reports_length_bounds()
    {
        var errors = new FieldErrors().Text("store_name", "x", min: 2, max: 100).Text("name", new string('a', 101), min: 1, max: 100);
        Assert.Equal(["store_name", "name"], errors.All.Select(e => e.Field));
    }
}
