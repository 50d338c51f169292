using Xunit;
using QommerceHub.LegacyLauncher;
using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.Testing;

/// <summary>
/// Starts PostgreSQL, RabbitMQ and maildev once per test assembly with the AppHost's own launching code
/// (free ports, throw-away data), and provisions each service's schema and role as the AppHost does.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    public const string Collection = "infrastructure";

    private readonly Dictionary<string, string> databases = [];
    private DistributedApplication? app;

    public AppHostOptions Options { get; } = new AppHostOptions
    {
        DataDir = Path.Combine(Path.GetTempPath(), "qommercehub-tests", Guid.NewGuid().ToString("N")),
        Ephemeral = true,
        DashboardPort = 0,
    }.UseFreePorts();

    public string MessagingConnectionString { get; private set; } = "";
    public int SmtpPort => Options.SmtpPort;
    public Uri MaildevUrl => App.GetResource<MaildevResource>("maildev").WebUrl;
    public MaildevInbox Inbox => new(App.GetResource<MaildevResource>("maildev").EmailsUrl);
    public DistributedApplication App => app ?? throw new InvalidOperationException("The fixture has not started");
    public PostgresResource Postgres => App.GetResource<PostgresResource>("postgres");

    public async Task InitializeAsync()
    {
        app = QommerceHubApp.BuildInfrastructure(Options);
        await app.StartAsync();
        MessagingConnectionString = App.GetResource<RabbitMqResource>("rabbitmq").ConnectionString;
        foreach (var service in QommerceHubApp.ServiceNames.Where(s => s != QommerceHubApp.Gateway))
            databases[service] = await Postgres.EnsureServiceDatabaseAsync(service, CancellationToken.None);
    }

    public string DatabaseFor(string service) => databases[service];

    /// <summary>A service in-process on this infrastructure; extra settings override its configuration.</summary>
    public ServiceFactory<TEntryPoint> CreateService<TEntryPoint>(string service, IReadOnlyDictionary<string, string?>? settings = null)
        where TEntryPoint : class =>
        new(this, service, DatabaseFor(service), settings ?? new Dictionary<string, string?>());

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        try
        {
            Directory.Delete(Options.DataDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is cleaned by the OS anyway.
        }
        catch (UnauthorizedAccessException)
        {
            // Files owned by the postgres OS user; the OS temp cleaner takes them.
        }
    }
}
