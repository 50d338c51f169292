namespace QommerceHub.Testing.Hosting;

/// <summary>A fresh temp folder for one test run's data.</summary>
public static class ThrowAwayDirectory
{
    /// <summary>PostgreSQL runs as the postgres OS user, which must be able to walk into the folder.</summary>
    public static string CreateTraversable(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        if (OperatingSystem.IsLinux())
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        return path;
    }
}
