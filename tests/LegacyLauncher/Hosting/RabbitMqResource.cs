using System.Globalization;

namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>
/// RabbitMQ: a launcher-owned node with its own epmd, data under its folder and nothing from /etc/rabbitmq,
/// or an external broker given by an amqp:// URI.
/// </summary>
public sealed class RabbitMqResource : ExecutableResource
{
    public const string DefaultServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    private readonly bool ephemeral;
    private readonly string? dataDirectory;
    private ManagedProcess? epmd;
    private int epmdPort;
    private int distributionPort;
    private bool wiped;

    /// <param name="dataDirectory">Mnesia, logs, the Erlang cookie (HOME) and the empty plugin list live here.</param>
    /// <param name="ephemeral">Throw-away data: wiped on first start.</param>
    public RabbitMqResource(string name, int port, string dataDirectory, bool ephemeral, string serverScript = DefaultServerScript)
        : base(name, serverScript, [], dataDirectory)
    {
        this.dataDirectory = dataDirectory;
        this.ephemeral = ephemeral;
        Port = port;
        Uri = new Uri($"amqp://guest:guest@127.0.0.1:{port}/");
        Host = "127.0.0.1";

        // beam.smp stops gracefully on SIGTERM; the wrapper shell and the Erlang port helpers get it too.
        SignalWholeTreeOnStop = true;
        StopTimeout = TimeSpan.FromSeconds(20);

        // Every probe connection is logged by the broker as an aborted client; one readiness check is enough.
        HealthCheckInterval = null;
        AddEnvironment((env, _) =>
        {
            AddServerEnvironment(env);
            return Task.CompletedTask;
        });
        SetEndpoint("amqp", $"amqp://127.0.0.1:{port}");
    }

    /// <summary>An external broker: nothing is started.</summary>
    public RabbitMqResource(string name, Uri externalUri)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(externalUri);
        Uri = externalUri;
        Host = externalUri.Host;
        Port = externalUri.IsDefaultPort || externalUri.Port < 0 ? 5672 : externalUri.Port;
        HealthCheckInterval = null;
        SetEndpoint("amqp", $"amqp://{Host}:{Port}");
    }

    public override string Kind => "RabbitMQ";

    public string Host { get; }

    public int Port { get; }

    public Uri Uri { get; }

    /// <summary>The value for ConnectionStrings__messaging.</summary>
    public string ConnectionString => Uri.ToString();

    protected override Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        ReadinessProbes.AmqpAnswersAsync(Host, Port, cancellationToken);

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (dataDirectory is null)
        {
            return;
        }

        if (!File.Exists(Command))
        {
            throw new ResourceConfigurationException($"{Command} does not exist: install the rabbitmq-server package.");
        }

        if (ephemeral && !wiped && Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        wiped = true;
        Directory.CreateDirectory(Path.Combine(dataDirectory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(dataDirectory, "log"));
        await File.WriteAllTextAsync(EnabledPluginsFile, "[].\n", cancellationToken);
        await EnsureEpmdAsync(cancellationToken);

        // The default distribution port (node port + 20000) overflows for high node ports; any free one will do.
        distributionPort = FreePorts.Pick();
    }

    protected override IEnumerable<int> HelperProcessIds() =>
        epmd is { Exited.IsCompleted: false } running ? [running.Pid] : [];

    protected override async Task OnStoppedAsync(CancellationToken cancellationToken)
    {
        if (epmd is not null)
        {
            await epmd.StopAsync(PosixInterop.SIGTERM, signalWholeTree: true, TimeSpan.FromSeconds(5), cancellationToken);
            epmd.Dispose();
            epmd = null;
        }
    }

    private string EnabledPluginsFile => Path.Combine(dataDirectory!, "enabled_plugins");

    /// <summary>A private epmd keeps this node's name registry apart from any system RabbitMQ or other launcher.</summary>
    private async Task EnsureEpmdAsync(CancellationToken cancellationToken)
    {
        if (epmd is { Exited.IsCompleted: false })
        {
            return;
        }

        epmd?.Dispose();
        epmdPort = FreePorts.Pick();
        var port = epmdPort.ToString(CultureInfo.InvariantCulture);
        var spec = new ProcessSpec(
            Executables.Require("epmd"), ["-port", port, "-address", "127.0.0.1"], dataDirectory!, new Dictionary<string, string>());
        epmd = ManagedProcess.Start(spec, line => AppendLog($"[epmd] {line}"));
        AppendLog($"[apphost] started epmd on port {port} as process {epmd.Pid}");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await ReadinessProbes.TcpAcceptsAsync("127.0.0.1", epmdPort, cancellationToken))
        {
            if (epmd.Exited.IsCompleted || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"epmd did not start on port {port}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private void AddServerEnvironment(IDictionary<string, string> env)
    {
        var data = dataDirectory!;
        env["HOME"] = data;
        env["ERL_EPMD_PORT"] = epmdPort.ToString(CultureInfo.InvariantCulture);
        env["RABBITMQ_NODENAME"] = $"qommercehub-{Port.ToString(CultureInfo.InvariantCulture)}@localhost";
        env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        env["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture);
        env["RABBITMQ_DIST_PORT"] = distributionPort.ToString(CultureInfo.InvariantCulture);
        env["RABBITMQ_MNESIA_BASE"] = Path.Combine(data, "mnesia");
        env["RABBITMQ_LOG_BASE"] = Path.Combine(data, "log");
        env["RABBITMQ_LOGS"] = "-";
        env["RABBITMQ_ENABLED_PLUGINS_FILE"] = EnabledPluginsFile;

        // Files that do not exist: the node must not pick up the machine's /etc/rabbitmq settings.
        env["RABBITMQ_CONFIG_FILE"] = Path.Combine(data, "rabbitmq");
        env["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(data, "advanced.config");
        env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(data, "rabbitmq-env.conf");
        env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
    }
}
