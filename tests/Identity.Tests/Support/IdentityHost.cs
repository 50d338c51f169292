using Microsoft.AspNetCore.Mvc.Testing;
using QommerceHub.Testing.Hosting;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Support;

/// <summary>Identity for the test run: every test signs up its own store, so one instance serves them all.</summary>
public sealed class IdentityHost : SharedServiceHost<IdentityService>
{
    /// <summary>The running service, with the infrastructure it was created on.</summary>
    public ServiceFactory<IdentityService> Service => (ServiceFactory<IdentityService>)Factory;

    protected override WebApplicationFactory<IdentityService> Create(InfrastructureFixture infrastructure) =>
        infrastructure.CreateService<IdentityService>("identity");
}
