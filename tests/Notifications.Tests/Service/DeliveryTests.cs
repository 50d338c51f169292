using QommerceHub.Contracts;
using QommerceHub.Notifications.Model;
using QommerceHub.Notifications.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Notifications.Tests.Service;

public sealed class DeliveryTests(InfrastructureFixture infrastructure, NotificationsHost notifications)
    : NotificationsTestBase(infrastructure, notifications)
{
    [Fact]
    public async Task Low_stock_alert_reaches_the_owner_once_per_crossing_even_when_redelivered()
    {
        var (tenantId, owner) = await NewStoreAsync();
        var firstCrossing = LowStock(tenantId, available: 4);
        await PublishAsync(firstCrossing);
        await PublishAsync(firstCrossing);
        await Mailbox.WaitForAsync(owner);
        await PublishAsync(LowStock(tenantId, available: 2));

        var emails = await Mailbox.WaitForAsync(owner, count: 2);
        var log = await MailsToAsync(owner);

        Assert.Equal(2, emails.Count);
        Assert.Equal(["low-stock-alert", "low-stock-alert"], log.Select(m => m.Template));
        Assert.Contains(emails, e => e.Subject == "Low stock: Oak shelf (OAK-1) has 4 left");
        Assert.Contains(emails, e => e.Subject == "Low stock: Oak shelf (OAK-1) has 2 left");
        Assert.Contains("http://shop.example.test/dashboard.html", emails[0].Text);
    }

    [Fact]
    public async Task Mail_queued_while_the_smtp_server_is_down_is_delivered_once_it_is_back()
    {
        var (tenantId, _) = await NewStoreAsync();
        var customer = TestTenants.UniqueEmail("customer");
        await Notifications.Smtp.CloseAsync();
        try
        {
            await PublishAsync(OrderEmailTests.Invoice(tenantId, 601, customer, "Ada"));
            var failing = await Eventually.Until(() => MailsToAsync(customer), m => m.Count == 1 && m[0].Attempts >= 3,
                TimeSpan.FromSeconds(20), "repeated failed attempts");
            Assert.Equal(MailStatus.Pending, failing[0].Status);
            Assert.False(string.IsNullOrEmpty(failing[0].LastError));
            Assert.Empty(await Mailbox.ToAsync(customer));
        }
        finally
        {
            Notifications.Smtp.Open();
        }

        var delivered = await Mailbox.WaitForAsync(customer);
        var log = await Eventually.Until(() => MailsToAsync(customer), m => m[0].Status == MailStatus.Sent, what: "the log to record the send");

        Assert.Single(delivered);
        Assert.Single(delivered[0].Attachments);
        Assert.Null(log[0].LastError);
        Assert.NotNull(log[0].SentAt);
    }

    [Fact]
    public async Task A_low_stock_alert_for_a_store_not_yet_known_waits_for_it_instead_of_being_lost()
    {
        var tenantId = TestTenants.Next();
        var owner = TestTenants.UniqueEmail("owner");
        await PublishAsync(LowStock(tenantId, available: 1));
        await PublishAsync(new TenantRegistered { TenantId = tenantId, StoreName = "Late Store", OwnerEmail = owner });

        var emails = await Mailbox.WaitForAsync(owner, count: 2, seconds: 30);

        Assert.Contains(emails, e => e.Subject == "Low stock: Oak shelf (OAK-1) has 1 left");
        Assert.Contains(emails, e => e.Subject == "Welcome to QommerceHub, Late Store");
    }

    private static LowStockDetected LowStock(int tenantId, int available) => new()
    {
        TenantId = tenantId, ProductId = 77, Name = "Oak shelf", Sku = "OAK-1", QuantityAvailable = available, LowStockThreshold = 5,
    };
}
