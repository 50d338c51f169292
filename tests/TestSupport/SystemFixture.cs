using System.Net.Http.Headers;
using QommerceHub.AppHost;
using QommerceHub.AppHost.Hosting;
using Xunit;

namespace QommerceHub.Testing;

/// <summary>The whole system, started by the AppHost's own model on free ports; tests talk only to the gateway.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public const string Collection = "system";

    /// <summary>The processes the system tests run; QH_SYSTEM_SERVICES (comma-separated) narrows them while developing.</summary>
    public static readonly IReadOnlyList<string> ServicesUnderTest =
        Environment.GetEnvironmentVariable("QH_SYSTEM_SERVICES")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        ?? QommerceHubApp.ServiceNames;

    public AppHostOptions Options { get; } = new AppHostOptions
    {
        DataDir = Path.Combine(Path.GetTempPath(), "qommercehub-system", Guid.NewGuid().ToString("N")),
        Ephemeral = true,
        DashboardPort = 0,
        StartTimeout = TimeSpan.FromMinutes(3),
        Services = ServicesUnderTest,
    }.UseFreePorts();

    public DistributedApplication App { get; private set; } = null!;
    public Uri GatewayUrl => new($"http://127.0.0.1:{Options.GatewayPort}");
    public MaildevInbox Inbox => new(App.GetResource<MaildevResource>("maildev").EmailsUrl);

    public async Task InitializeAsync()
    {
        App = QommerceHubApp.Build(Options);
        await App.StartAsync();
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = GatewayUrl };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(Options.DataDir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }
}
