using QommerceHub.LegacyLauncher;
using QommerceHub.LegacyLauncher.Hosting;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests;

/// <summary>Its own system instance (not the shared fixture), because it stops it.</summary>
public sealed class AppHostShutdownTests
{
    [Fact]
    public async Task Stopping_the_app_ends_every_process_it_started()
    {
        var options = new AppHostOptions
        {
            DataDir = Path.Combine(Path.GetTempPath(), "qommercehub-shutdown", Guid.NewGuid().ToString("N")),
            Ephemeral = true,
            DashboardPort = 1,
            StartTimeout = TimeSpan.FromMinutes(3),
            Services = SystemFixture.ServicesUnderTest,
        }.UseFreePorts();
        await using var app = QommerceHubApp.Build(options);
        await app.StartAsync();
        var started = app.AllProcessIds();
        Assert.True(started.Count >= 6, $"expected infrastructure, services and gateway processes, saw {started.Count}");

        await app.StopAsync();

        var alive = await Eventually.Until(
            () => Task.FromResult(started.Where(ProcessTree.IsAlive).ToList()),
            survivors => survivors.Count == 0,
            TimeSpan.FromSeconds(30),
            "every started process to end");
        Assert.Empty(alive);
    }
}
