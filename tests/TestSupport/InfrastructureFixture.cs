using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.AppHost.Local.Postgres;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.Testing;

/// <summary>
/// PostgreSQL (with each service's role and schema), RabbitMQ and maildev once per test assembly: the AppHost's own
/// app model without its services, on free ports and throw-away data.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string Collection = "infrastructure";

    private static readonly TimeSpan startDeadline = TimeSpan.FromMinutes(5);

    private readonly TestAppHost host = new();
    private readonly Dictionary<string, string> databases = [];
    private DistributedApplication? app;

    public string MessagingConnectionString { get; private set; } = "";
    /// <summary>The superuser on the shared database, for seeding rows directly (row-level security does not apply to it).</summary>
    public string SuperuserConnectionString { get; private set; } = "";
    public int SmtpPort => host.SmtpPort;
    public Uri MaildevUrl => host.MaildevUrl;
    public MaildevInbox Inbox => new(host.MaildevEmails);

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(startDeadline);
        app = await host.BuildAsync(replicas: 1, infrastructureOnly: true, timeout.Token);
        await app.StartAsync(timeout.Token);
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        await notifications.WaitForResourceHealthyAsync("rabbitmq", timeout.Token);
        await notifications.WaitForResourceHealthyAsync("maildev", timeout.Token);
        foreach (var database in app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ServiceDatabaseResource>())
        {
            await notifications.WaitForResourceHealthyAsync(database.Name, timeout.Token);
            databases[database.Schema] = (await database.ConnectionStringExpression.GetValueAsync(timeout.Token))!;
        }

        MessagingConnectionString = (await app.GetConnectionStringAsync("rabbitmq", timeout.Token))!;
        SuperuserConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(await app.GetConnectionStringAsync("postgres", timeout.Token))
        {
            Database = ServiceDatabaseResource.DatabaseName,
        }.ConnectionString;
    }

    /// <summary>Started outside xUnit, e.g. by a benchmark: <c>await using var infrastructure = await InfrastructureFixture.StartAsync();</c></summary>
    public static async Task<InfrastructureFixture> StartAsync()
    {
        var infrastructure = new InfrastructureFixture();
        await infrastructure.InitializeAsync();
        return infrastructure;
    }

    /// <summary>The service's own login role on its schema, as the AppHost provisions it.</summary>
    public string DatabaseFor(string service) => databases[service];

    /// <summary>A service in-process on this infrastructure; extra settings override its configuration.</summary>
    public ServiceFactory<TEntryPoint> CreateService<TEntryPoint>(string service, IReadOnlyDictionary<string, string?>? settings = null)
        where TEntryPoint : class =>
        new(this, service, DatabaseFor(service), settings ?? new Dictionary<string, string?>());

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        host.DeleteData();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
