namespace QommerceHub.LegacyLauncher.Tests;

/// <summary>A data folder of its own for one test, removed afterwards (PostgreSQL's files included: tests run as root or as their owner).</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qh-apphost-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);

        // PostgreSQL runs as the postgres OS user, which must be able to walk into the folder (unlike CreateTempSubdirectory's 0700).
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
