using System.Globalization;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.Notifications.Tests.Support;

/// <summary>
/// Starts Notifications once for the test run, sending through an <see cref="SmtpRelay"/> in front of the fixture's
/// maildev with short retry waits. Started lazily because a collection fixture cannot receive the infrastructure fixture.
/// </summary>
public sealed class NotificationsHost : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ServiceFactory<NotificationsService>? factory;

    public ServiceFactory<NotificationsService> Factory => factory ?? throw new InvalidOperationException("Call StartAsync first");
    public IBus Bus => Factory.Services.GetRequiredService<IBus>();
    public SmtpRelay Smtp { get; private set; } = null!;
    public MaildevInbox Mailbox { get; private set; } = null!;

    public async Task StartAsync(InfrastructureFixture infrastructure)
    {
        await gate.WaitAsync();
        try
        {
            if (factory is not null) return;
            // No outbound calls from tests: MassTransit's usage telemetry is off.
            Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
            Smtp = new SmtpRelay(FreePorts.Pick(), infrastructure.SmtpPort);
            Smtp.Open();
            Mailbox = new MaildevInbox(new Uri(infrastructure.MaildevUrl, "/api/email"));
            var started = infrastructure.CreateService<NotificationsService>("notifications", new Dictionary<string, string?>
            {
                ["Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["Smtp:RetryBaseSeconds"] = "0.2",
                ["Smtp:RetryMaxSeconds"] = "1",
                ["PublicWebUrl"] = "http://shop.example.test",
            });
            _ = started.Server; // builds the host: migrations run, the bus and the delivery worker start
            // Events published before the service's queues are bound would be dropped by the broker.
            await started.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
            factory = started;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        if (factory is not null) await Smtp.DisposeAsync();
        gate.Dispose();
    }
}
