using System.Security.Cryptography;

namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>
/// The on-disk side of a launcher-owned PostgreSQL: &lt;root&gt;/data (the cluster), &lt;root&gt;/sockets and
/// &lt;root&gt;/superuser-password (root-only, so later runs reuse it). As root, cluster files belong to the postgres OS user.
/// </summary>
internal sealed class PostgresDataDirectory(string root, bool runAsPostgresUser)
{
    public const string OsUser = "postgres";

    public string Root { get; } = root;

    public string Data => Path.Combine(Root, "data");

    public string Sockets => Path.Combine(Root, "sockets");

    private string PasswordFile => Path.Combine(Root, "superuser-password");

    private bool IsInitialized => File.Exists(Path.Combine(Data, "PG_VERSION"));

    public void Wipe()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>Creates the cluster on first use and returns the superuser password.</summary>
    public async Task<string> EnsureInitializedAsync(string binDirectory, bool fast, Action<string> log, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Sockets);
        Directory.CreateDirectory(Data);
        const UnixFileMode traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        SetMode(Root, traversable);
        if (IsInitialized)
        {
            if (!File.Exists(PasswordFile))
            {
                throw new ResourceConfigurationException(
                    $"{Data} holds a cluster but {PasswordFile} is missing; delete {Root} to start afresh.");
            }

            await ChownToPostgresAsync([Data, Sockets], log, cancellationToken);
            return (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await WriteSecretAsync(PasswordFile, password, cancellationToken);

        // initdb runs as the postgres user, which cannot read our owner-only password file: hand it a short-lived copy.
        var pwfile = Path.Combine(Root, "initdb-pwfile");
        await WriteSecretAsync(pwfile, password, cancellationToken);
        try
        {
            await ChownToPostgresAsync([Data, Sockets, pwfile], log, cancellationToken);
            List<string> arguments =
            [
                Path.Combine(binDirectory, "initdb"), "-D", Data, "-U", "postgres",
                "--auth-host=scram-sha-256", "--auth-local=trust", $"--pwfile={pwfile}", "--encoding=UTF8", "--locale=C",
            ];
            if (fast)
            {
                arguments.Add("--no-sync");
            }

            await ManagedProcess.RunToCompletionAsync(AsPostgresUser(arguments, Root), log, cancellationToken);
        }
        finally
        {
            File.Delete(pwfile);
        }

        return password;
    }

    /// <summary>Wraps a command so it runs as the postgres OS user when we are root; setpriv execs, so the PID is the program's own.</summary>
    public ProcessSpec AsPostgresUser(IReadOnlyList<string> command, string workingDirectory)
    {
        var environment = new Dictionary<string, string>();
        if (!runAsPostgresUser)
        {
            return new ProcessSpec(command[0], [.. command.Skip(1)], workingDirectory, environment);
        }

        string[] wrapper = [$"--reuid={OsUser}", $"--regid={OsUser}", "--init-groups", "--"];
        return new ProcessSpec(Executables.Require("setpriv"), [.. wrapper, .. command], workingDirectory, environment);
    }

    /// <summary>The postgres user must be able to walk down to the data folder; report a locked ancestor instead of a cryptic initdb error.</summary>
    public void CheckReachableByPostgresUser()
    {
        if (!runAsPostgresUser)
        {
            return;
        }

        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && (dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                throw new ResourceConfigurationException(
                    $"The {OsUser} OS user cannot reach {Root}: {dir.FullName} is not traversable (chmod o+x {dir.FullName}).");
            }
        }
    }

    private static async Task WriteSecretAsync(string path, string secret, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(path, secret + "\n", cancellationToken);
        SetMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        // The launcher runs on Linux only (/proc, libc, setpriv); the check keeps the platform analyzer informed.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private async Task ChownToPostgresAsync(string[] paths, Action<string> log, CancellationToken cancellationToken)
    {
        if (runAsPostgresUser)
        {
            var chown = new ProcessSpec(
                Executables.Require("chown"), ["-R", $"{OsUser}:{OsUser}", .. paths], "/", new Dictionary<string, string>());
            await ManagedProcess.RunToCompletionAsync(chown, log, cancellationToken);
        }
    }
}
