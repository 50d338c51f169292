using System.Text;
using QommerceHub.BrowserTests.Support;
using QommerceHub.Testing;
using static Microsoft.Playwright.Assertions;

namespace QommerceHub.BrowserTests;

/// <summary>The orders page: placing an order through the saga, its invoice, and a simulated payment.</summary>
[Collection(SystemFixture.Collection)]
public sealed class OrderTests(SystemFixture system, ChromiumFixture chromium) : BrowserTest(system, chromium), IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Order_placed_on_the_page_shows_its_stock_reserved_without_a_reload()
    {
        var (owner, api) = await OpenStoreAsync();
        var customer = await api.AddCustomerAsync("Grace Hopper");
        var beans = await api.AddProductAsync("Coffee Beans", 8.25m);
        var filter = await api.AddProductAsync("Paper Filters", 3.10m);
        await SignInAsync(owner);
        await OpenAsync("orders");
        await Expect(Page.GetByTestId("state-empty")).ToBeVisibleAsync();
        await MarkDocumentAsync();

        await Page.GetByTestId("order-new").ClickAsync();
        await Page.GetByTestId("order-customer").SelectOptionAsync(customer.Id.ToString());
        await Page.GetByTestId("order-line-product").SelectOptionAsync(beans.Id.ToString());
        await Page.GetByTestId("order-line-quantity").FillAsync("2");
        await Expect(Page.GetByTestId("order-total")).ToHaveTextAsync("$16.50");
        await Page.GetByTestId("order-add-line").ClickAsync();
        await Page.GetByTestId("order-line-product").Nth(1).SelectOptionAsync(filter.Id.ToString());
        await Page.GetByTestId("order-line-quantity").Nth(1).FillAsync("3");
        await Expect(Page.GetByTestId("order-total")).ToHaveTextAsync("$25.80");
        await ScreenshotAsync("orders-new-order");
        await Page.GetByTestId("order-submit").ClickAsync();

        var row = Page.GetByTestId("order-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("stock-status")).ToHaveTextAsync("Reserved");
        await Expect(row.GetByTestId("order-status")).ToHaveTextAsync("Pending");
        await Expect(row).ToContainTextAsync("Grace Hopper");
        await Expect(row).ToContainTextAsync("$25.80");
        await Expect(Page.GetByTestId("page-status")).ToContainTextAsync("reserved");
        Assert.True(await IsSameDocumentAsync(), "The outcome should arrive without reloading the page.");
        await ScreenshotAsync("orders-confirmed");

        await row.GetByTestId("order-details").ClickAsync();
        await Expect(Page.GetByTestId("order-item-row")).ToHaveCountAsync(2);
        await ScreenshotAsync("orders-details");
    }

    [Fact]
    public async Task Order_for_more_than_the_stock_is_cancelled_and_the_page_says_what_is_missing()
    {
        var (owner, api) = await OpenStoreAsync();
        var customer = await api.AddCustomerAsync("Edsger Dijkstra");
        var product = await api.AddProductAsync("Chalk Box", 2m, quantity: 2);
        await SignInAsync(owner);
        await OpenAsync("orders");

        await Page.GetByTestId("order-new").ClickAsync();
        await Page.GetByTestId("order-customer").SelectOptionAsync(customer.Id.ToString());
        await Page.GetByTestId("order-line-product").SelectOptionAsync(product.Id.ToString());
        await Page.GetByTestId("order-line-quantity").FillAsync("5");
        await Page.GetByTestId("order-submit").ClickAsync();

        await Expect(Page.GetByText("Chalk Box: 5 wanted, only 2 available").First).ToBeVisibleAsync();
        await ScreenshotAsync("orders-shortfall");
        // Orders decides within its short wait (409: the form stays open) or later (202: the list page reports it).
        if (await Page.GetByTestId("order-dialog").IsVisibleAsync())
        {
            var quantityField = Page.GetByTestId("order-line").Locator(".field", new() { Has = Page.GetByTestId("order-line-quantity") });
            await Expect(quantityField.GetByTestId("field-error")).ToContainTextAsync("Only 2");
            await Expect(Page.GetByTestId("order-line-quantity")).ToBeFocusedAsync();
            await Page.Keyboard.PressAsync("Escape");
        }
        await Expect(Page.GetByTestId("order-row").GetByTestId("order-status")).ToHaveTextAsync("Cancelled");
    }

    [Fact]
    public async Task Invoice_of_a_confirmed_order_downloads_as_a_pdf()
    {
        var (owner, api) = await OpenStoreAsync();
        var customer = await api.AddCustomerAsync("Alan Turing");
        var product = await api.AddProductAsync("Notebook", 4.75m);
        var orderId = await api.PlaceReservedOrderAsync(customer, (product, 2));
        await api.WaitForInvoiceAsync(orderId);
        await SignInAsync(owner);
        await OpenAsync("orders");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("invoice-link").ClickAsync());

        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        await using var pdf = await download.CreateReadStreamAsync();
        var header = new byte[5];
        await pdf.ReadExactlyAsync(header);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(header));
    }

    [Fact]
    public async Task Simulated_payment_marks_the_order_paid_and_a_refund_undoes_it()
    {
        var (owner, api) = await OpenStoreAsync();
        var customer = await api.AddCustomerAsync("Katherine Johnson");
        var product = await api.AddProductAsync("Slide Rule", 21m);
        await api.PlaceReservedOrderAsync(customer, (product, 1));
        await SignInAsync(owner);
        await OpenAsync("orders");
        Page.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // the refund asks "are you sure?"

        await Page.GetByTestId("order-pay").ClickAsync();
        await Expect(Page.GetByTestId("payment-simulated-banner")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("payment-summary")).ToContainTextAsync("$21.00");
        await Page.GetByTestId("payment-card-number").FillAsync("4242 4242 4242 4242");
        await ScreenshotAsync("orders-payment");
        await Page.GetByTestId("payment-submit").ClickAsync();

        var row = Page.GetByTestId("order-row");
        await Expect(row.GetByTestId("payment-status")).ToHaveTextAsync("Paid");
        await row.GetByTestId("order-refund").ClickAsync();
        await Expect(row.GetByTestId("payment-status")).ToHaveTextAsync("Refunded");
        await ScreenshotAsync("orders-refunded");
    }
}
