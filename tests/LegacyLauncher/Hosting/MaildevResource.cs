using System.Globalization;
using System.Text.Json;

namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>maildev from npm: an SMTP server that keeps every mail, with a web inbox and a REST API to read them.</summary>
public sealed class MaildevResource : ExecutableResource
{
    /// <param name="packageDirectory">The installed npm package, e.g. &lt;repo&gt;/node_modules/maildev.</param>
    public MaildevResource(string name, int smtpPort, int webPort, string packageDirectory, string workingDirectory)
        : base(name, Executables.Find("node") ?? "node", CommandLine(smtpPort, webPort, packageDirectory), workingDirectory)
    {
        PackageDirectory = packageDirectory;
        SmtpPort = smtpPort;
        WebPort = webPort;
        WebUrl = new Uri($"http://127.0.0.1:{webPort}/");

        // maildev 2 serves its REST API at /email, maildev 3 moved it to /api/email.
        EmailsUrl = new Uri(WebUrl, ReadPackage(packageDirectory).MajorVersion >= 3 ? "api/email" : "email");
        SetEndpoint("smtp", $"smtp://127.0.0.1:{smtpPort}");
        SetEndpoint("http", WebUrl.ToString());
    }

    public override string Kind => "maildev";

    public string PackageDirectory { get; }

    public int SmtpPort { get; }

    public int WebPort { get; }

    public Uri WebUrl { get; }

    /// <summary>GET lists the received mails as JSON.</summary>
    public Uri EmailsUrl { get; }

    protected override Task PrepareAsync(CancellationToken cancellationToken)
    {
        var script = Arguments[0];
        if (!File.Exists(script))
        {
            throw new ResourceConfigurationException(
                $"maildev is not installed ({script} is missing): run 'npm ci' in the repository root.");
        }

        Directory.CreateDirectory(WorkingDirectory);
        return Task.CompletedTask;
    }

    protected override Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        ReadinessProbes.HttpOkAsync(EmailsUrl, cancellationToken);

    private static string[] CommandLine(int smtpPort, int webPort, string packageDirectory) =>
    [
        Path.GetFullPath(Path.Combine(packageDirectory, ReadPackage(packageDirectory).Bin)),
        "--smtp", smtpPort.ToString(CultureInfo.InvariantCulture),
        "--web", webPort.ToString(CultureInfo.InvariantCulture),
        "--ip", "127.0.0.1",
        "--web-ip", "127.0.0.1",
    ];

    /// <summary>The "bin" entry and major version from package.json; the 2.x layout when the package is not installed yet.</summary>
    private static (string Bin, int MajorVersion) ReadPackage(string packageDirectory)
    {
        var manifest = Path.Combine(packageDirectory, "package.json");
        if (!File.Exists(manifest))
        {
            return (Path.Combine("bin", "maildev"), 2);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var root = json.RootElement;
        var bin = root.TryGetProperty("bin", out var binElement) switch
        {
            true when binElement.ValueKind == JsonValueKind.String => binElement.GetString(),
            true when binElement.TryGetProperty("maildev", out var named) => named.GetString(),
            _ => null,
        };
        var version = root.TryGetProperty("version", out var v) ? v.GetString() ?? "0" : "0";
        var major = int.TryParse(version.Split('.')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : 0;
        return (bin ?? Path.Combine("bin", "maildev"), major);
    }
}
