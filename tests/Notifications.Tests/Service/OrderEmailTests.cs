using System.Text;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Notifications.Tests.Service;

public sealed class OrderEmailTests(InfrastructureFixture infrastructure, NotificationsHost notifications)
    : NotificationsTestBase(infrastructure, notifications)
{
    // Stands in for Reporting's PDF: what matters here is that the very bytes arrive as the attachment.
    private static readonly byte[] invoicePdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% invoice INV-000001 for a test\n%%EOF\n");

    [Fact]
    public async Task Order_confirmation_is_branded_html_with_text_and_the_invoice_pdf_attached()
    {
        var (tenantId, _) = await NewStoreAsync("Maple & Quill");
        var customer = TestTenants.UniqueEmail("customer");
        await PublishAsync(Confirmed(tenantId, 501, customer));
        await PublishAsync(Invoice(tenantId, 501, customer, "Ada Lovelace"));

        var email = (await Mailbox.WaitForEmailsAsync(customer)).Single();
        var attachment = Assert.Single(email.Attachments);

        Assert.Equal("Your Maple & Quill order #501 is confirmed", email.Subject);
        Assert.Contains("Maple &amp; Quill", email.Html);
        Assert.Contains("background:#aa3300", email.Html);
        Assert.Contains("INV-000001", email.Html);
        Assert.Contains("27.50 USD", email.Html);
        Assert.Contains("Hello Ada Lovelace", email.Text);
        Assert.Contains("Invoice: INV-000001", email.Text);
        Assert.Equal(("invoice-INV-000001.pdf", "application/pdf"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(invoicePdf, await Mailbox.AttachmentAsync(email, attachment));
    }

    [Fact]
    public async Task Customer_data_is_html_encoded_in_the_html_part()
    {
        var (tenantId, _) = await NewStoreAsync();
        var customer = TestTenants.UniqueEmail("customer");
        await PublishAsync(Invoice(tenantId, 502, customer, "<script>alert('x')</script> & Co"));

        var email = (await Mailbox.WaitForEmailsAsync(customer)).Single();

        Assert.DoesNotContain("<script>", email.Html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co", email.Html);
        Assert.Contains("<script>alert('x')</script> & Co", email.Text);
    }

    [Fact]
    public async Task A_status_change_tells_the_customer_the_new_status()
    {
        var (tenantId, _) = await NewStoreAsync();
        var customer = TestTenants.UniqueEmail("customer");
        await PublishAsync(new OrderStatusChanged
        {
            TenantId = tenantId, OrderId = 503, PreviousStatus = "pending", Status = "processing", CustomerEmail = customer, CustomerName = "Grace Hopper",
        });

        var email = (await Mailbox.WaitForEmailsAsync(customer)).Single();

        Assert.Equal("Your Maple & Quill order #503 is being prepared", email.Subject);
        Assert.Contains("We are preparing your order", email.Html);
        Assert.Contains("Hello Grace Hopper", email.Text);
    }

    [Fact]
    public async Task A_refund_is_confirmed_to_the_customer_who_placed_the_order()
    {
        var (tenantId, _) = await NewStoreAsync();
        var customer = TestTenants.UniqueEmail("customer");
        await PublishAsync(Confirmed(tenantId, 504, customer) with { Currency = "EUR" });
        await PublishAsync(new PaymentRefunded
        {
            TenantId = tenantId, OrderId = 504, PaymentIntentId = "pi_504", Amount = 10m, TotalRefunded = 10m, FullyRefunded = false, Reason = "damaged lamp",
        });

        var email = (await Mailbox.WaitForEmailsAsync(customer)).Single();

        Assert.Equal("Refund of 10.00 EUR for your Maple & Quill order #504", email.Subject);
        Assert.Contains("This is a partial refund of your order.", email.Text);
        Assert.Contains("damaged lamp", email.Html);
    }

    [Fact]
    public async Task A_credit_note_announcement_sends_no_second_confirmation()
    {
        var (tenantId, _) = await NewStoreAsync();
        var customer = TestTenants.UniqueEmail("customer");
        await PublishAsync(Invoice(tenantId, 505, customer, "Ada") with { InvoiceNumber = "CN-000001", DocumentKind = "credit_note" });
        await PublishAsync(Invoice(tenantId, 505, customer, "Ada"));

        await Mailbox.WaitForEmailsAsync(customer);
        var log = await MailsToAsync(customer);

        Assert.Equal(["order-confirmation"], log.Select(m => m.Template));
    }

    internal static OrderConfirmed Confirmed(int tenantId, int orderId, string customerEmail) => new()
    {
        TenantId = tenantId,
        OrderId = orderId,
        CustomerId = 1,
        CustomerName = "Ada Lovelace",
        CustomerEmail = customerEmail,
        Lines = [new OrderLine(1, "Walnut desk lamp", 2, 12.50m), new OrderLine(2, "Linen notebook", 1, 2.50m)],
        TotalAmount = 27.50m,
        PlacedAt = DateTimeOffset.UtcNow,
    };

    internal static InvoiceIssued Invoice(int tenantId, int orderId, string customerEmail, string customerName) => new()
    {
        TenantId = tenantId,
        OrderId = orderId,
        InvoiceNumber = "INV-000001",
        DocumentKind = "invoice",
        PdfContent = invoicePdf,
        FileName = "invoice-INV-000001.pdf",
        CustomerEmail = customerEmail,
        CustomerName = customerName,
        TotalAmount = 27.50m,
        Currency = "USD",
    };
}
