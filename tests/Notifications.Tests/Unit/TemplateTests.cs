using QommerceHub.Notifications.Rendering;

namespace QommerceHub.Notifications.Tests.Unit;

public sealed class TemplateTests
{
    private static readonly TemplateRenderer renderer = new(Path.Combine(AppContext.BaseDirectory, "Templates"));
    private static readonly StoreBranding branding = new("Corner <Shop>", "#123456", "#654321", "#111111", "#fafafa");

    public static TheoryData<string, string[]> OrderTemplates => new()
    {
        { "order-confirmation", ["CustomerName", "OrderId", "InvoiceNumber", "Total"] },
        { "order-status-changed", ["CustomerName", "OrderId", "StatusLabel", "StatusMessage"] },
        { "low-stock-alert", ["ProductName", "Sku", "QuantityAvailable", "LowStockThreshold", "InventoryUrl"] },
        { "refund-confirmation", ["CustomerName", "OrderId", "Amount", "TotalRefunded", "RefundScope", "Reason"] },
    };

    [Theory]
    [MemberData(nameof(OrderTemplates))]
    public void Every_order_email_has_a_subject_a_branded_html_part_and_a_text_part(string template, string[] placeholders)
    {
        var values = placeholders.ToDictionary(p => p, p => (string?)$"<{p}>");
        values["StoreName"] = branding.StoreName;

        var mail = renderer.Render(template, values, branding);

        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
        Assert.Contains("background:#123456", mail.Html);
        Assert.Contains("Corner &lt;Shop&gt;", mail.Html);
        Assert.All(placeholders, p => Assert.Contains($"&lt;{p}&gt;", mail.Html + mail.Subject));
        Assert.All(placeholders, p => Assert.DoesNotContain($"<{p}>", mail.Html));
        Assert.All(placeholders, p => Assert.Contains($"<{p}>", mail.Text + mail.Subject));
    }

    [Theory]
    [InlineData("processing", "being prepared")]
    [InlineData("completed", "completed")]
    [InlineData("cancelled", "cancelled")]
    public void Statuses_read_as_plain_words(string status, string label) =>
        Assert.Equal(label, MailFormat.StatusLabel(status));

    [Fact]
    public void Amounts_have_two_decimals_and_their_currency() =>
        Assert.Equal("1,234.50 EUR", MailFormat.Money(1234.5m, "EUR"));
}
