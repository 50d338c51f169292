using System.Globalization;
using System.Text.Json;

namespace QommerceHub.AppHost.Local.Maildev;

internal static class MaildevExtensions
{
    /// <summary>maildev from &lt;repo&gt;/node_modules/maildev: SMTP on 127.0.0.1:&lt;SmtpPort&gt;, inbox on &lt;MaildevWebPort&gt;.</summary>
    public static IResourceBuilder<MaildevResource> AddMaildev(this IDistributedApplicationBuilder builder, string name, LocalSettings settings)
    {
        var workingDirectory = settings.DataDirectoryOf(name);
        Directory.CreateDirectory(workingDirectory);
        var script = Path.GetFullPath(Path.Combine(settings.MaildevDirectory, BinEntry(settings.MaildevDirectory)));
        return builder.AddResource(new MaildevResource(name, ProcessRunner.Find("node") ?? "node", workingDirectory))
            .WithArgs(script,
                "--smtp", settings.SmtpPort.ToString(CultureInfo.InvariantCulture),
                "--web", settings.MaildevWebPort.ToString(CultureInfo.InvariantCulture),
                "--ip", "127.0.0.1", "--web-ip", "127.0.0.1",
                // Its own folder: without one every maildev on the machine writes into the same /tmp/maildev for good.
                "--mail-directory", Path.Combine(workingDirectory, "mail"))
            .WithEndpoint(port: settings.SmtpPort, targetPort: settings.SmtpPort, scheme: "tcp", name: MaildevResource.SmtpEndpointName, isProxied: false)
            .WithHttpEndpoint(port: settings.MaildevWebPort, targetPort: settings.MaildevWebPort, name: MaildevResource.WebEndpointName, isProxied: false)
            .WithHttpHealthCheck("/api/email", endpointName: MaildevResource.WebEndpointName)
            .WithIconName("Mail")
            .BeforeEachStart((_, _) =>
            {
                if (ProcessRunner.Find("node") is null)
                {
                    throw new LocalResourceException($"{name}: node is missing: install Debian's nodejs and npm packages (scripts/setup.sh does it).");
                }

                return File.Exists(script)
                    ? Task.CompletedTask
                    : throw new LocalResourceException($"{name}: maildev is not installed ({script} is missing): run 'npm ci' in the repository root.");
            });
    }

    /// <summary>Notifications sends through maildev: Smtp__Host and Smtp__Port, as it reads them today.</summary>
    public static IResourceBuilder<ProjectResource> WithMaildevSmtp(this IResourceBuilder<ProjectResource> service, IResourceBuilder<MaildevResource> maildev) =>
        service
            .WithEnvironment("Smtp__Host", "127.0.0.1")
            .WithEnvironment("Smtp__Port", $"{maildev.Resource.SmtpEndpoint.Property(EndpointProperty.Port)}")
            .WithReferenceRelationship(maildev)
            .WaitFor(maildev);

    /// <summary>The "bin" entry of maildev's package.json; the usual layout when the package is not installed yet.</summary>
    private static string BinEntry(string packageDirectory)
    {
        var manifest = Path.Combine(packageDirectory, "package.json");
        if (!File.Exists(manifest))
        {
            return Path.Combine("bin", "maildev");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("bin", out var bin) switch
        {
            true when bin.ValueKind == JsonValueKind.String => bin.GetString()!,
            true when bin.TryGetProperty("maildev", out var named) => named.GetString()!,
            _ => Path.Combine("bin", "maildev"),
        };
    }
}
