using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.Notifications.Tests.Support;

/// <summary>
/// Notifications for the test run, sending through an <see cref="SmtpRelay"/> in front of the fixture's maildev with
/// short retry waits.
/// </summary>
public sealed class NotificationsHost : SharedServiceHost<NotificationsService>
{
    public SmtpRelay Smtp { get; private set; } = null!;
    public MaildevInbox Mailbox { get; private set; } = null!;

    protected override WebApplicationFactory<NotificationsService> Create(InfrastructureFixture infrastructure)
    {
        Smtp = new SmtpRelay(FreePorts.Pick(), infrastructure.SmtpPort);
        Smtp.Open();
        Mailbox = new MaildevInbox(new Uri(infrastructure.MaildevUrl, "/api/email"));
        return infrastructure.CreateService<NotificationsService>("notifications", new Dictionary<string, string?>
        {
            ["Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:RetryBaseSeconds"] = "0.2",
            ["Smtp:RetryMaxSeconds"] = "1",
            ["PublicWebUrl"] = "http://shop.example.test",
        });
    }

    protected override async ValueTask OnStoppingAsync() => await Smtp.DisposeAsync();
}
