using System.Globalization;

namespace QommerceHub.AppHost.Local;

/// <summary>
/// Ports and data folder of the local infrastructure, from the AppHost's configuration section <c>QommerceHub</c>
/// (e.g. <c>QommerceHub__PostgresPort=55433</c> or <c>--QommerceHub:DataDir=/tmp/qh</c>); the defaults are the documented ports.
/// </summary>
internal sealed record LocalSettings(
    string DataDir, bool Ephemeral, int PostgresPort, int RabbitMqPort, int SmtpPort, int MaildevWebPort, string MaildevDirectory)
{
    public static LocalSettings From(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("QommerceHub");
        var repoRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        int Port(string key, int fallback) =>
            int.TryParse(section[key], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : fallback;

        return new LocalSettings(
            DataDir: Path.GetFullPath(section["DataDir"] is { Length: > 0 } dataDir ? dataDir : Path.Combine(repoRoot, ".data")),
            Ephemeral: bool.TryParse(section["Ephemeral"], out var ephemeral) && ephemeral,
            PostgresPort: Port("PostgresPort", 55432),
            RabbitMqPort: Port("RabbitMqPort", 56720),
            SmtpPort: Port("SmtpPort", 1025),
            MaildevWebPort: Port("MaildevWebPort", 1080),
            MaildevDirectory: section["MaildevDirectory"] is { Length: > 0 } maildev ? maildev : Path.Combine(repoRoot, "node_modules", "maildev"));
    }

    public string DataDirectoryOf(string resource) => Path.Combine(DataDir, resource);
}
