using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace QommerceHub.AppHost.Local.Postgres;

/// <summary>
/// The on-disk side of the local PostgreSQL: &lt;root&gt;/data (the cluster), &lt;root&gt;/sockets and
/// &lt;root&gt;/superuser-password (owner-only, so later runs reuse it). As root, cluster files belong to the postgres OS user.
/// Same layout as the old launcher's, so an existing .data/postgres keeps working.
/// </summary>
internal sealed class PostgresDataDirectory(string resource, string root, bool runAsPostgresUser)
{
    public const string OsUser = "postgres";

    public string Root { get; } = root;

    public string Data => Path.Combine(Root, "data");

    public string Sockets => Path.Combine(Root, "sockets");

    public bool RunAsPostgresUser { get; } = runAsPostgresUser;

    private string PasswordFile => Path.Combine(Root, "superuser-password");

    private bool IsInitialized => File.Exists(Path.Combine(Data, "PG_VERSION"));

    public void Wipe()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>
    /// The superuser password, created on first use; null for a cluster whose password file is gone (start then fails
    /// with advice). Read while the app model is built, because the connection strings carry it.
    /// </summary>
    public string? ReadOrCreatePassword()
    {
        if (File.Exists(PasswordFile))
        {
            return File.ReadAllText(PasswordFile).Trim();
        }

        if (IsInitialized)
        {
            return null;
        }

        Directory.CreateDirectory(Root);
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        WriteSecret(PasswordFile, password);
        return password;
    }

    /// <summary>Creates the cluster on first start (initdb as the postgres user); later starts only fix ownership.</summary>
    public async Task EnsureInitializedAsync(string binDirectory, bool fast, ILogger log, CancellationToken cancellationToken)
    {
        CheckReachableByPostgresUser();
        if (IsInitialized && !File.Exists(PasswordFile))
        {
            throw new LocalResourceException(
                $"{resource}: {Data} holds a cluster but {PasswordFile} is missing; delete {Root} to start afresh.");
        }

        // Debian's layout names the major version: /usr/lib/postgresql/<major>/bin.
        var serverMajor = Path.GetFileName(Path.GetDirectoryName(binDirectory));
        if (IsInitialized && File.ReadAllText(Path.Combine(Data, "PG_VERSION")).Trim() is var version
            && int.TryParse(serverMajor, out _) && version != serverMajor)
        {
            throw new LocalResourceException(
                $"{resource}: {Data} was created by PostgreSQL {version}, but {binDirectory} is another major version; " +
                $"delete {Root} (its data is lost) or install postgresql-{version}.");
        }

        Directory.CreateDirectory(Sockets);
        Directory.CreateDirectory(Data);
        SetMode(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (IsInitialized)
        {
            await ChownToPostgresAsync([Data, Sockets], log, cancellationToken);
            return;
        }

        // initdb runs as the postgres user, which cannot read our owner-only password file: hand it a short-lived copy.
        var pwfile = Path.Combine(Root, "initdb-pwfile");
        WriteSecret(pwfile, File.ReadAllText(PasswordFile).Trim());
        try
        {
            await ChownToPostgresAsync([Data, Sockets, pwfile], log, cancellationToken);
            List<string> initdb =
            [
                Path.Combine(binDirectory, "initdb"), "-D", Data, "-U", "postgres",
                "--auth-host=scram-sha-256", "--auth-local=trust", $"--pwfile={pwfile}", "--encoding=UTF8", "--locale=C",
            ];
            if (fast)
            {
                initdb.Add("--no-sync");
            }

            await ProcessRunner.RunAsync(resource, AsPostgresUser(initdb), log, cancellationToken);
        }
        finally
        {
            File.Delete(pwfile);
        }
    }

    /// <summary>Wraps a command so it runs as the postgres OS user when we are root; setpriv execs, so the PID is the program's own.</summary>
    public IReadOnlyList<string> AsPostgresUser(IReadOnlyList<string> command) =>
        RunAsPostgresUser
            ? [ProcessRunner.Find("setpriv") ?? "setpriv", $"--reuid={OsUser}", $"--regid={OsUser}", "--init-groups", "--", .. command]
            : command;

    /// <summary>The postgres user must be able to walk down to the data folder; report a locked ancestor instead of a cryptic initdb error.</summary>
    private void CheckReachableByPostgresUser()
    {
        if (!RunAsPostgresUser)
        {
            return;
        }

        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && (dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                throw new LocalResourceException(
                    $"{resource}: the {OsUser} OS user cannot reach {Root}: {dir.FullName} is not traversable " +
                    $"(chmod o+x {dir.FullName}, or set QommerceHub__DataDir to a folder it can reach).");
            }
        }
    }

    private static void WriteSecret(string path, string secret)
    {
        File.WriteAllText(path, secret + "\n");
        SetMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        // The local infrastructure runs on Linux only (setpriv, Debian packages); the check informs the platform analyzer.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private async Task ChownToPostgresAsync(string[] paths, ILogger log, CancellationToken cancellationToken)
    {
        if (RunAsPostgresUser)
        {
            await ProcessRunner.RunAsync(resource, ["chown", "-R", $"{OsUser}:{OsUser}", .. paths], log, cancellationToken);
        }
    }
}
