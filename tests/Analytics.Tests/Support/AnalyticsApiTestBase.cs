using QommerceHub.Testing;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>Base of the service tests: the shared Analytics instance and a fresh store per test.</summary>
[Collection(InfrastructureFixture.Collection)]
public abstract class AnalyticsApiTestBase(InfrastructureFixture infrastructure, AnalyticsHost host) : IAsyncLifetime
{
    protected AnalyticsHost Host => host;
    protected InfrastructureFixture Infrastructure => infrastructure;

    public async Task InitializeAsync()
    {
        await host.StartAsync(infrastructure);
        // Tokens are minted on the real clock; keep the service's clock from lagging behind them.
        if (host.Clock.GetUtcNow() < DateTimeOffset.UtcNow) host.Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected StoreDriver NewStore() => new(host, TestTenants.Next());
}
