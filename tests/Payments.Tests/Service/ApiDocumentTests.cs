using QommerceHub.Payments.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Service;

public sealed class ApiDocumentTests(InfrastructureFixture infrastructure, PaymentsHosts hosts) : PaymentsTestBase(infrastructure, hosts)
{
    [Fact]
    public async Task Every_operation_has_a_summary_and_declares_the_errors_it_can_answer()
    {
        var payments = await SimulatedHostAsync();

        Assert.Empty(await ApiDocumentRules.BrokenAsync(payments.Factory.CreateClient()));
    }
}
