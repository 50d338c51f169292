using System.Net;
using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Analytics.Tests.Service;

/// <summary>Every role of the permission table has analytics; a role outside it has nothing.</summary>
public class PermissionTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    [Theory]
    [InlineData("owner", HttpStatusCode.OK)]
    [InlineData("manager", HttpStatusCode.OK)]
    [InlineData("staff", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Analytics_answers_by_role(string role, HttpStatusCode expected)
    {
        var client = Host.ClientFor(TestTenants.Next(), role);

        Assert.Equal(expected, (await client.GetAsync("/api/analytics/inventory")).StatusCode);
    }
}
