using System.Reflection;

namespace QommerceHub.Testing;

/// <summary>Paths in the repository tests read (manifests, README, sources, build outputs) and the configuration they were built in.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QommerceHub.sln"))) return dir.FullName;
        throw new InvalidOperationException("QommerceHub.sln not found above " + AppContext.BaseDirectory);
    }
}
