using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Support;

/// <summary>Base of the service tests: the shared Identity instance, driven like a user would.</summary>
[Collection(InfrastructureFixture.Collection)]
public abstract class IdentityApiTestBase(InfrastructureFixture infrastructure, IdentityHost host) : IAsyncLifetime
{
    private IdentityDriver? driver;

    protected ServiceFactory<IdentityService> Factory => host.Service;
    protected IdentityDriver Driver => driver ??= new(host.Service);

    public Task InitializeAsync() => host.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;
}
