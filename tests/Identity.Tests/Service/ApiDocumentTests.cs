using QommerceHub.Identity.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Service;

public sealed class ApiDocumentTests(InfrastructureFixture infrastructure, IdentityHost host) : IdentityApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Every_operation_has_a_summary_and_declares_the_errors_it_can_answer() =>
        Assert.Empty(await ApiDocumentRules.BrokenAsync(Factory.CreateClient()));
}
