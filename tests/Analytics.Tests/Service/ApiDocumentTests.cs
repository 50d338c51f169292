using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Analytics.Tests.Service;

public class ApiDocumentTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Every_operation_has_a_summary_and_declares_the_errors_it_can_answer() =>
        Assert.Empty(await ApiDocumentRules.BrokenAsync(Host.Factory.CreateClient()));
}
