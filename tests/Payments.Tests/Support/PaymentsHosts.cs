using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Support;

/// <summary>One running Payments service, the events it publishes, and (in Stripe mode) the fake Stripe it calls.</summary>
public sealed record PaymentsHost(ServiceFactory<PaymentsService> Factory, BusEvents Events, FakeStripe? Stripe)
{
    public IBus Bus => Factory.Services.GetRequiredService<IBus>();
}

/// <summary>
/// Starts Payments once per mode for the test run (start-up and migrations are the slow part): one against the fake
/// Stripe, one with no key (simulated). They use different bus names so each receives every order event.
/// Started lazily because a collection fixture cannot receive the infrastructure fixture.
/// </summary>
public sealed class PaymentsHosts : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private FakeStripe? fakeStripe;
    private PaymentsHost? stripe;
    private PaymentsHost? simulated;

    public async Task<PaymentsHost> StripeAsync(InfrastructureFixture infrastructure)
    {
        await gate.WaitAsync();
        try
        {
            if (stripe is not null) return stripe;
            fakeStripe = await FakeStripe.StartAsync();
            stripe = await StartAsync(infrastructure, fakeStripe, new Dictionary<string, string?>
            {
                ["Stripe:SecretKey"] = "sk_test_qommercehub_fake",
                ["Stripe:PublishableKey"] = "pk_test_qommercehub_fake",
                ["Stripe:WebhookSecret"] = StripeWebhooks.Secret,
                ["Stripe:ApiBase"] = fakeStripe.BaseUrl.ToString().TrimEnd('/'),
                ["Payments:BusName"] = "payments-stripe-tests",
            });
            return stripe;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<PaymentsHost> SimulatedAsync(InfrastructureFixture infrastructure)
    {
        await gate.WaitAsync();
        try
        {
            return simulated ??= await StartAsync(infrastructure, null, new Dictionary<string, string?>
            {
                ["Payments:BusName"] = "payments-simulated-tests",
            });
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in new[] { stripe, simulated })
        {
            if (host is null) continue;
            await host.Events.DisposeAsync();
            await host.Factory.DisposeAsync();
        }
        if (fakeStripe is not null) await fakeStripe.DisposeAsync();
        gate.Dispose();
    }

    private static async Task<PaymentsHost> StartAsync(InfrastructureFixture infrastructure, FakeStripe? fake, Dictionary<string, string?> settings)
    {
        var factory = infrastructure.CreateService<PaymentsService>("payments", settings);
        _ = factory.Server; // builds the host: migrations run, the bus starts
        var events = await PaymentsEvents.ListenAsync(factory.Services.GetRequiredService<IBus>());
        // Every consumer's queue must be bound before a test publishes, or the first order events would go nowhere.
        var bus = factory.Services.GetRequiredService<IBusControl>();
        await Eventually.Until(() => Task.FromResult(bus.CheckHealth().Status), s => s == BusHealthStatus.Healthy,
            TimeSpan.FromSeconds(60), "the Payments bus to be healthy");
        return new PaymentsHost(factory, events, fake);
    }
}
