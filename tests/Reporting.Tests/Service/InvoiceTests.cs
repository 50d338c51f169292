using System.Net;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Service;

public sealed class InvoiceTests(InfrastructureFixture infrastructure, ReportingHost reporting) : ReportingTestBase(infrastructure, reporting)
{
    [Fact]
    public async Task Confirmed_order_gets_a_numbered_pdf_invoice_with_store_customer_and_lines()
    {
        var store = NewStore();
        await store.PublishAsync(EventBuilder.StoreSettings(store.TenantId, "Maple & Quill"));
        await Eventually.Until(() => store.QueryAsync(db => db.StoreProfiles.AnyAsync()), found => found, what: "the store profile");
        var orderId = EventBuilder.NextId();
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, orderId, "Ada Lovelace"));

        var issued = await store.WaitForInvoiceAsync(orderId);
        var response = await store.Client.GetAsync($"/api/orders/{orderId}/invoice");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfText.ExtractAsync(pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"invoice-{orderId}.pdf", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal(("INV-000001", "invoice", "ada@example.test", 27.50m), (issued.InvoiceNumber, issued.DocumentKind, issued.CustomerEmail, issued.TotalAmount));
        Assert.Equal(pdf, issued.PdfContent);
        foreach (var expected in new[] { "Maple & Quill", "INVOICE", "INV-000001", "Ada Lovelace", "12 Analytical Row", "Walnut desk lamp", "Linen notebook", "12.50 USD", "27.50 USD", $"#{orderId}" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public async Task Every_download_is_the_same_stored_bytes_with_an_etag()
    {
        var store = NewStore();
        var orderId = EventBuilder.NextId();
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, orderId));
        await store.WaitForInvoiceAsync(orderId);

        var first = await store.Client.GetAsync($"/api/orders/{orderId}/invoice");
        var second = await store.Client.GetAsync($"/api/orders/{orderId}/invoice");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/orders/{orderId}/invoice");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await store.Client.SendAsync(conditional);

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Invoice_numbers_are_gapless_and_sequential_per_store_under_concurrency()
    {
        var busy = NewStore();
        var quiet = NewStore();
        var busyOrders = Enumerable.Range(0, 12).Select(_ => EventBuilder.NextId()).ToList();
        var quietOrders = Enumerable.Range(0, 3).Select(_ => EventBuilder.NextId()).ToList();

        await Task.WhenAll(
            busyOrders.Select(id => busy.PublishAsync(EventBuilder.OrderConfirmed(busy.TenantId, id)))
                .Concat(quietOrders.Select(id => quiet.PublishAsync(EventBuilder.OrderConfirmed(quiet.TenantId, id)))));
        await busy.WaitForDocumentsAsync(d => d.Count == 12, "twelve invoices");
        await quiet.WaitForDocumentsAsync(d => d.Count == 3, "three invoices");

        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"INV-{n:D6}"), await busy.InvoiceNumbersAsync());
        Assert.Equal(["INV-000001", "INV-000002", "INV-000003"], await quiet.InvoiceNumbersAsync());
        Assert.Equal(busyOrders.Order(), (await busy.QueryAsync(db => db.Invoices.Select(i => i.OrderId).ToListAsync())).Order());
    }

    [Fact]
    public async Task A_redelivered_or_repeated_confirmation_issues_no_second_invoice_and_burns_no_number()
    {
        var store = NewStore();
        var orderId = EventBuilder.NextId();
        var confirmed = EventBuilder.OrderConfirmed(store.TenantId, orderId);
        await store.PublishAsync(confirmed);
        await store.PublishAsync(confirmed);
        var repeat = confirmed with { MessageId = Guid.NewGuid() };
        await store.PublishAsync(repeat);
        await Eventually.Until(
            () => store.QueryAsync(db => db.InboxMessages.CountAsync(m =>
                m.Consumer == "OrderConfirmedConsumer" && (m.MessageId == confirmed.MessageId || m.MessageId == repeat.MessageId))),
            count => count == 2, what: "both confirmations handled");
        var nextOrder = EventBuilder.NextId();
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, nextOrder));
        await store.WaitForInvoiceAsync(nextOrder);

        Assert.Equal(["INV-000001", "INV-000002"], await store.InvoiceNumbersAsync());
        Assert.Single(Reporting.IssuedFor(store.TenantId), e => e.OrderId == orderId);
    }

    [Fact]
    public async Task Another_stores_or_an_unknown_order_is_404_and_a_malformed_id_400()
    {
        var owner = NewStore();
        var stranger = NewStore();
        var orderId = EventBuilder.NextId();
        await owner.PublishAsync(EventBuilder.OrderConfirmed(owner.TenantId, orderId));
        await owner.WaitForInvoiceAsync(orderId);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/orders/{orderId}/invoice")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Client.GetAsync($"/api/orders/{EventBuilder.NextId()}/invoice")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.Client.GetAsync("/api/orders/abc/invoice")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.Client.GetAsync("/api/orders/0/invoice")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Reporting.Factory.CreateClient().GetAsync($"/api/orders/{orderId}/invoice")).StatusCode);
    }

    [Fact]
    public async Task Refunds_issue_credit_notes_with_their_own_sequence()
    {
        var store = NewStore();
        var orderId = EventBuilder.NextId();
        await store.PublishAsync(EventBuilder.OrderConfirmed(store.TenantId, orderId));
        await store.WaitForInvoiceAsync(orderId);
        await store.PublishAsync(new PaymentSucceeded { TenantId = store.TenantId, OrderId = orderId, PaymentIntentId = "pi_1", Amount = 27.50m });
        await store.PublishAsync(new PaymentRefunded
        {
            TenantId = store.TenantId, OrderId = orderId, PaymentIntentId = "pi_1", Amount = 10m, TotalRefunded = 10m, FullyRefunded = false, Reason = "damaged lamp",
        });

        var notes = await store.WaitForDocumentsAsync(d => d.Any(e => e.DocumentKind == "credit_note"), "the credit note");
        var note = notes.Single(e => e.DocumentKind == "credit_note");
        var list = await store.Client.GetStringAsync($"/api/reports/orders/{orderId}/credit-notes");
        var pdf = await store.Client.GetByteArrayAsync("/api/reports/credit-notes/CN-000001");
        var text = await PdfText.ExtractAsync(pdf);

        Assert.Equal(("CN-000001", 10m), (note.InvoiceNumber, note.TotalAmount));
        Assert.Contains("\"number\":\"CN-000001\"", list);
        foreach (var expected in new[] { "CREDIT NOTE", "CN-000001", "INV-000001", "10.00 USD", "damaged lamp", "Ada Lovelace" })
            Assert.Contains(expected, text);
        Assert.Equal(HttpStatusCode.NotFound, (await NewStore().Client.GetAsync("/api/reports/credit-notes/CN-000001")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await store.Client.GetAsync("/api/reports/credit-notes/INV-000001")).StatusCode);
    }
}
