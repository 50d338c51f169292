using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Support;

/// <summary>Base of the service tests: the shared Reporting instance and a fresh store per test.</summary>
[Collection(InfrastructureFixture.Collection)]
public abstract class ReportingTestBase(InfrastructureFixture infrastructure, ReportingHost reporting) : IAsyncLifetime
{
    protected ReportingHost Reporting => reporting;

    public Task InitializeAsync() => reporting.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    protected StoreDriver NewStore() => new(reporting, TestTenants.Next());
}
