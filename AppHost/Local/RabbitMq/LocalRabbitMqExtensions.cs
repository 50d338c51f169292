using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace QommerceHub.AppHost.Local.RabbitMq;

internal static class LocalRabbitMqExtensions
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>
    /// RabbitMQ on 127.0.0.1:&lt;RabbitMqPort&gt; with data in &lt;DataDir&gt;/&lt;name&gt; and nothing from /etc/rabbitmq,
    /// plus a private epmd (child resource) so the node's name registry is apart from any system RabbitMQ.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, LocalSettings settings)
    {
        var data = settings.DataDirectoryOf(name);
        if (settings.Ephemeral && Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        Directory.CreateDirectory(data);
        var port = settings.RabbitMqPort;

        // epmd and the distribution port are private to this node: any free ports do.
        var epmdPort = FreePort();
        var epmd = builder.AddExecutable($"{name}-epmd", ProcessRunner.Find("epmd") ?? "epmd", data,
                "-port", epmdPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1")
            .WithEndpoint(port: epmdPort, targetPort: epmdPort, scheme: "tcp", name: "tcp", isProxied: false)
            .BeforeEachStart((_, _) => ProcessRunner.Find("epmd") is null
                ? throw new LocalResourceException($"{name}: epmd is missing: install Debian's rabbitmq-server package (it brings Erlang).")
                : Task.CompletedTask);
        var epmdCheck = $"{name}-epmd-answers";
        builder.Services.AddHealthChecks().AddAsyncCheck(epmdCheck, async ct =>
            await Probes.EpmdAnswersAsync(epmdPort, ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("epmd is not answering yet"));
        epmd.WithHealthCheck(epmdCheck);

        var rabbitMq = builder.AddResource(new LocalRabbitMqResource(name, ServerScript, data))
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalRabbitMqResource.EndpointName, isProxied: false)
            .WithEnvironment(context => AddServerEnvironment(context.EnvironmentVariables, data, port, epmdPort, FreePort()))
            .WithIconName("Mailbox")
            .WaitFor(epmd)
            .BeforeEachStart(async (_, ct) =>
            {
                if (!File.Exists(ServerScript))
                {
                    throw new LocalResourceException($"{name}: {ServerScript} does not exist: install Debian's rabbitmq-server package (scripts/setup.sh does it).");
                }

                Directory.CreateDirectory(Path.Combine(data, "mnesia"));
                Directory.CreateDirectory(Path.Combine(data, "log"));
                await File.WriteAllTextAsync(Path.Combine(data, "enabled_plugins"), "[].\n", ct);
            });
        epmd.WithParentRelationship(rabbitMq);

        var amqpCheck = $"{name}-answers-amqp";
        builder.Services.AddHealthChecks().AddAsyncCheck(amqpCheck, async ct =>
            await Probes.AmqpAnswersAsync(port, ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"no AMQP answer on port {port} yet"));
        return rabbitMq.WithHealthCheck(amqpCheck);
    }

    private static void AddServerEnvironment(IDictionary<string, object> env, string data, int port, int epmdPort, int distributionPort)
    {
        string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
        env["HOME"] = data;
        env["ERL_EPMD_PORT"] = Text(epmdPort);
        env["RABBITMQ_NODENAME"] = $"qommercehub-{Text(port)}@localhost";
        env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        env["RABBITMQ_NODE_PORT"] = Text(port);
        env["RABBITMQ_DIST_PORT"] = Text(distributionPort);
        env["RABBITMQ_MNESIA_BASE"] = Path.Combine(data, "mnesia");
        env["RABBITMQ_LOG_BASE"] = Path.Combine(data, "log");
        env["RABBITMQ_LOGS"] = "-";
        env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(data, "enabled_plugins");

        // Files that do not exist: the node must not pick up the machine's /etc/rabbitmq settings.
        env["RABBITMQ_CONFIG_FILE"] = Path.Combine(data, "rabbitmq");
        env["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(data, "advanced.config");
        env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(data, "rabbitmq-env.conf");
        env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";

        // The script then execs the Erlang VM instead of waiting on it, so the stop signal reaches the VM itself.
        env["RUNNING_UNDER_SYSTEMD"] = "true";
    }

    /// <summary>
    /// A free port below Linux's ephemeral range (32768 and up). These ports are chosen when the model is built and bound
    /// seconds later; a port from the ephemeral range can meanwhile be handed to any outgoing connection, and then epmd
    /// cannot bind it and the node boots without its name registry.
    /// </summary>
    private static int FreePort()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            if (Probes.PortIsFree(port)) return port;
        }
        throw new LocalResourceException("No free port between 20000 and 32000 for RabbitMQ's epmd and distribution");
    }
}
