using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

public class ApiDocumentTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Every_operation_has_a_summary_and_declares_the_errors_it_can_answer() =>
        Assert.Empty(await ApiDocumentRules.BrokenAsync(Host.Factory.CreateClient()));
}
