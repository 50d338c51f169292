using Microsoft.Extensions.Configuration;

namespace QommerceHub.AppHost.Local;

/// <summary>
/// Before anything starts, checks that every fixed port of the app model (and the dashboard's) is free, so a port held
/// by another process is one clear message and exit code 1 instead of a resource that never becomes healthy.
/// </summary>
internal static class PortPreflight
{
    public static void AddPortPreflight(this IDistributedApplicationBuilder builder)
    {
        // Tests randomise the ports: there is nothing fixed to collide with.
        if (builder.Configuration.GetValue<bool>("DcpPublisher:RandomizePorts"))
        {
            return;
        }

        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            var taken = FixedPorts(e.Model, builder.Configuration)
                .Where(p => !Probes.PortIsFree(p.Port))
                .Select(p => $"  {p.Resource,-16} needs 127.0.0.1:{p.Port} ({p.Use}), which another process holds")
                .ToList();
            return taken.Count == 0
                ? Task.CompletedTask
                : throw new PortsInUseException(
                    "QommerceHub cannot start: ports are taken." + Environment.NewLine + string.Join(Environment.NewLine, taken) +
                    Environment.NewLine + "Stop what holds them (`ss -ltnp` names it; often another ./run.sh), or move ours: " +
                    "QommerceHub__PostgresPort, QommerceHub__RabbitMqPort, QommerceHub__SmtpPort, QommerceHub__MaildevWebPort, " +
                    "the services' Properties/launchSettings.json, and AppHost/Properties/launchSettings.json for the dashboard.");
        });
    }

    private static IEnumerable<(string Resource, int Port, string Use)> FixedPorts(DistributedApplicationModel model, IConfiguration configuration)
    {
        foreach (var resource in model.Resources)
        {
            foreach (var endpoint in resource.Annotations.OfType<EndpointAnnotation>())
            {
                // A proxied endpoint's public port is DCP's; the process behind it gets a fresh one.
                if ((endpoint.IsProxied ? endpoint.Port : endpoint.TargetPort ?? endpoint.Port) is int port)
                {
                    yield return (resource.Name, port, endpoint.Name);
                }
            }
        }

        foreach (var (key, use) in new[] { ("ASPNETCORE_URLS", "dashboard"), ("ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", "dashboard OTLP") })
        {
            foreach (var url in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Port > 0)
                {
                    yield return ("aspire-dashboard", uri.Port, use);
                }
            }
        }
    }
}

/// <summary>Thrown before start when fixed ports are held by other processes; the message lists them and the fix.</summary>
public sealed class PortsInUseException(string message) : Exception(message);
