using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.LegacyLauncher;

/// <summary>Ports and choices of the QommerceHub app model; the defaults are the documented local ports.</summary>
public sealed class AppHostOptions : DistributedApplicationOptions
{
    private string? maildevDirectory;

    public AppHostOptions()
    {
        DashboardPort = 18888;
    }

    public int GatewayPort { get; set; } = 8080;

    public int PostgresPort { get; set; } = 55432;

    public int RabbitPort { get; set; } = 56720;

    public int SmtpPort { get; set; } = 1025;

    public int MaildevWebPort { get; set; } = 1080;

    public int IdentityPort { get; set; } = 5101;

    public int CatalogPort { get; set; } = 5102;

    public int OrdersPort { get; set; } = 5103;

    public int PaymentsPort { get; set; } = 5104;

    public int NotificationsPort { get; set; } = 5105;

    public int AnalyticsPort { get; set; } = 5106;

    public int ReportingPort { get; set; } = 5107;

    /// <summary>Superuser connection string of an existing PostgreSQL: none is started, services are still provisioned.</summary>
    public string? ExternalPostgres { get; set; }

    /// <summary>amqp:// URI of an existing broker: none is started.</summary>
    public string? ExternalRabbitMq { get; set; }

    /// <summary>Which services of the model to run (names as in <see cref="QommerceHubApp.ServiceNames"/>, "gateway" included).</summary>
    public IReadOnlyCollection<string> Services { get; set; } = QommerceHubApp.ServiceNames;

    /// <summary>The installed maildev npm package; QH_MAILDEV_DIR, else &lt;repo&gt;/node_modules/maildev.</summary>
    public string MaildevDirectory
    {
        get => maildevDirectory ??= Environment.GetEnvironmentVariable("QH_MAILDEV_DIR") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(RepoRoot, "node_modules", "maildev");
        set => maildevDirectory = value;
    }

    protected override string RepoRootMarker => "QommerceHub.sln";

    /// <summary>Replaces every port with a free one (the dashboard stays off when it is off), so tests run beside a dev instance.</summary>
    public AppHostOptions UseFreePorts()
    {
        var ports = new Queue<int>(FreePorts.Pick(13));
        GatewayPort = ports.Dequeue();
        PostgresPort = ports.Dequeue();
        RabbitPort = ports.Dequeue();
        SmtpPort = ports.Dequeue();
        MaildevWebPort = ports.Dequeue();
        IdentityPort = ports.Dequeue();
        CatalogPort = ports.Dequeue();
        OrdersPort = ports.Dequeue();
        PaymentsPort = ports.Dequeue();
        NotificationsPort = ports.Dequeue();
        AnalyticsPort = ports.Dequeue();
        ReportingPort = ports.Dequeue();
        var dashboard = ports.Dequeue();
        DashboardPort = DashboardPort == 0 ? 0 : dashboard;
        return this;
    }

    /// <summary>
    /// Reads --data-dir, --postgres &lt;connection string&gt;, --rabbitmq &lt;uri&gt; and --ephemeral, with
    /// QH_EXTERNAL_POSTGRES and QH_EXTERNAL_RABBITMQ from the environment as fallbacks.
    /// </summary>
    public static AppHostOptions FromCommandLine(IReadOnlyList<string> args)
    {
        var options = new AppHostOptions
        {
            ExternalPostgres = NonEmpty(Environment.GetEnvironmentVariable("QH_EXTERNAL_POSTGRES")),
            ExternalRabbitMq = NonEmpty(Environment.GetEnvironmentVariable("QH_EXTERNAL_RABBITMQ")),
        };
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--data-dir":
                    options.DataDir = Path.GetFullPath(Value());
                    break;
                case "--postgres":
                    options.ExternalPostgres = Value();
                    break;
                case "--rabbitmq":
                    options.ExternalRabbitMq = Value();
                    break;
                case "--ephemeral":
                    options.Ephemeral = true;
                    break;
                default:
                    throw new ArgumentException(
                        $"Unknown option '{args[i]}'. Options: --data-dir <dir>, --postgres <connection string>, --rabbitmq <amqp uri>, --ephemeral.");
            }
        }

        return options;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
