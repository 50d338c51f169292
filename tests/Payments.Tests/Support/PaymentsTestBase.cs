using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Support;

/// <summary>Base of the service tests: the shared Payments instances and a fresh store per test.</summary>
[Collection(InfrastructureFixture.Collection)]
public abstract class PaymentsTestBase(InfrastructureFixture infrastructure, PaymentsHosts hosts)
{
    /// <summary>A new store on the Payments instance that talks to the fake Stripe.</summary>
    protected async Task<StoreDriver> StripeStoreAsync(string role = "owner") =>
        new(await hosts.StripeAsync(infrastructure), TestTenants.Next(), role);

    /// <summary>A new store on the Payments instance that runs without a Stripe key (simulated provider).</summary>
    protected async Task<StoreDriver> SimulatedStoreAsync(string role = "owner") =>
        new(await hosts.SimulatedAsync(infrastructure), TestTenants.Next(), role);

    /// <summary>The Payments instance without a Stripe key, for what does not depend on a store.</summary>
    protected Task<PaymentsHost> SimulatedHostAsync() => hosts.SimulatedAsync(infrastructure);
}
