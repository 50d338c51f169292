using System.Net;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests.Aspire;

/// <summary>
/// The Aspire AppHost's app model as the shared system runs it (Aspire's testing builder, free ports, throw-away data):
/// exactly the expected resources, each healthy. That stopping the AppHost ends every process it started is shown by
/// <see cref="RunCommandTests"/>, on the real AppHost process that ./run.sh starts.
/// </summary>
[Collection(SystemFixture.Collection)]
public sealed class AspireAppHostTests(SystemFixture system)
{
    private static readonly string[] Resources =
    [
        "postgres", "identitydb", "catalogdb", "ordersdb", "paymentsdb", "notificationsdb", "analyticsdb", "reportingdb",
        "rabbitmq-epmd", "rabbitmq", "maildev",
        "identity", "catalog", "orders", "payments", "notifications", "analytics", "reporting", "gateway",
    ];

    [Fact]
    public async Task The_app_model_has_every_resource_and_each_is_healthy()
    {
        var model = system.App.Services.GetRequiredService<DistributedApplicationModel>();
        Assert.Empty(Resources.Except(model.Resources.Select(r => r.Name)));
        Assert.Equal(Resources.Intersect(model.Resources.OfType<ProjectResource>().Select(p => p.Name)).Order(),
            model.Resources.OfType<ProjectResource>().Select(p => p.Name).Order());

        // A deadline against a hang: the system is up before any test of the collection runs.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var notifications = system.App.Services.GetRequiredService<ResourceNotificationService>();
        foreach (var resource in Resources)
            await notifications.WaitForResourceHealthyAsync(resource, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, (await system.Client().GetAsync("/health", timeout.Token)).StatusCode);
        Assert.Empty(await system.Inbox.EmailsToAsync(TestTenants.UniqueEmail("nobody")));
    }
}
