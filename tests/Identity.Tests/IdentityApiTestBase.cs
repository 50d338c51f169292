using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests;

[Collection(InfrastructureFixture.Collection)]
public abstract class IdentityApiTestBase : IDisposable
{
    protected IdentityApiTestBase(InfrastructureFixture infrastructure)
    {
        Factory = infrastructure.CreateService<IdentityService>("identity");
        Driver = new IdentityDriver(Factory);
    }

    protected ServiceFactory<IdentityService> Factory { get; }
    protected IdentityDriver Driver { get; }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
