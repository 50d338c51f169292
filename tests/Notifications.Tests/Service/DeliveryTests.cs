using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
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
        await Mailbox.WaitForEmailsAsync(owner);
        await PublishAsync(LowStock(tenantId, available: 2));

        var emails = await Mailbox.WaitForEmailsAsync(owner, count: 2);
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
            Assert.Empty(await Mailbox.EmailsToAsync(customer));
        }
        finally
        {
            Notifications.Smtp.Open();
        }

        var delivered = await Mailbox.WaitForEmailsAsync(customer);
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

        var emails = await Mailbox.WaitForEmailsAsync(owner, count: 2, TimeSpan.FromSeconds(30));

        Assert.Contains(emails, e => e.Subject == "Low stock: Oak shelf (OAK-1) has 1 left");
        Assert.Contains(emails, e => e.Subject == "Welcome to QommerceHub, Late Store");
    }

    [Fact]
    public async Task A_mail_whose_sender_died_mid_delivery_is_never_sent_again_while_the_next_one_goes_out()
    {
        var (tenantId, _) = await NewStoreAsync();
        var customer = TestTenants.UniqueEmail("customer");
        // What a worker killed during the SMTP conversation leaves: a claim whose lease has run out.
        await MailLogAsync(async db =>
        {
            db.OutgoingMails.Add(new OutgoingMail
            {
                TenantId = tenantId, SourceMessageId = Guid.NewGuid(), Recipient = customer, Template = "order-status-changed",
                Subject = "Interrupted", HtmlBody = "<p>x</p>", TextBody = "x", Status = MailStatus.Sending, Attempts = 1,
                CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-5), NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            });
            return await db.SaveChangesAsync();
        });
        await PublishAsync(OrderEmailTests.Invoice(tenantId, 602, customer, "Ada"));

        var log = await Eventually.Until(() => MailsToAsync(customer),
            m => m.Count == 2 && m[0].Status == MailStatus.Unconfirmed && m[1].Status == MailStatus.Sent,
            TimeSpan.FromSeconds(40), "the interrupted mail marked unconfirmed and the next one sent");

        var delivered = await Mailbox.WaitForEmailsAsync(customer);
        Assert.Single(delivered);
        Assert.NotEqual("Interrupted", delivered[0].Subject);
        Assert.Equal(1, log[0].Attempts);
    }

    [Fact]
    public async Task A_burst_of_mail_shares_the_open_smtp_connections_instead_of_opening_one_per_mail()
    {
        var (tenantId, _) = await NewStoreAsync();
        var customers = Enumerable.Range(0, 12).Select(_ => TestTenants.UniqueEmail("customer")).ToList();
        var connectionsBefore = Notifications.Smtp.ConnectionsAccepted;

        for (var i = 0; i < customers.Count; i++)
            await PublishAsync(OrderEmailTests.Invoice(tenantId, 610 + i, customers[i], "Ada"));

        foreach (var customer in customers) Assert.Single(await Mailbox.WaitForEmailsAsync(customer));
        // Each of the worker's delivery loops (Smtp:Connections, 4 by default) opens at most one connection here.
        Assert.InRange(Notifications.Smtp.ConnectionsAccepted - connectionsBefore, 0, new SmtpSettings().Connections);
    }

    [Fact]
    public async Task A_connection_the_server_closed_while_idle_is_replaced_without_failing_a_mail()
    {
        var (tenantId, _) = await NewStoreAsync();
        var customer = TestTenants.UniqueEmail("customer");
        await Notifications.Smtp.CloseAsync(); // cuts every open connection, as a server restart would
        Notifications.Smtp.Open();
        await Task.Delay(TimeSpan.FromSeconds(3)); // longer than a connection may sit idle before it is checked

        await PublishAsync(OrderEmailTests.Invoice(tenantId, 630, customer, "Ada"));

        Assert.Single(await Mailbox.WaitForEmailsAsync(customer));
        var log = await Eventually.Until(() => MailsToAsync(customer), m => m[0].Status == MailStatus.Sent, what: "the log to record the send");
        Assert.Equal(1, log[0].Attempts);
        Assert.Null(log[0].LastError);
    }

    private static LowStockDetected LowStock(int tenantId, int available) => new()
    {
        TenantId = tenantId, ProductId = 77, Name = "Oak shelf", Sku = "OAK-1", QuantityAvailable = available, LowStockThreshold = 5,
    };
}
