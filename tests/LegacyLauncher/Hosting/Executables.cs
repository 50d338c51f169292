namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Finds programs on PATH, so a missing tool is reported by name before anything is launched.</summary>
internal static class Executables
{
    public static string? Find(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    public static string Require(string name) =>
        Find(name) ?? throw new ResourceConfigurationException($"'{name}' was not found on PATH.");

    /// <summary>The dotnet host that runs us (the SDK sets DOTNET_HOST_PATH under dotnet run/test), else the one on PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Find("dotnet") ?? "dotnet";
}
