namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Settings the launcher itself needs; an app model extends them with its ports and choices.</summary>
public class DistributedApplicationOptions
{
    private string? repoRoot;
    private string? dataDir;

    /// <summary>Folder the projects are found in; by default the nearest ancestor of the running program holding <see cref="RepoRootMarker"/>.</summary>
    public string RepoRoot
    {
        get => repoRoot ??= FindRepoRoot(RepoRootMarker, AppContext.BaseDirectory);
        set => repoRoot = value;
    }

    /// <summary>Where launcher-owned servers keep their data, one folder per resource; &lt;repo&gt;/.data by default.</summary>
    public string DataDir
    {
        get => dataDir ??= Path.Combine(RepoRoot, ".data");
        set => dataDir = value;
    }

    /// <summary>Throw-away data for tests: infrastructure data is wiped on start and PostgreSQL runs without fsync.</summary>
    public bool Ephemeral { get; set; }

    /// <summary>Build configuration whose output the projects run from.</summary>
    public string Configuration { get; set; } = BuildConfiguration;

    /// <summary>Copy every resource's output to the console, each line prefixed with the resource name.</summary>
    public bool EchoLogs { get; set; }

    /// <summary>Passed to projects as OTEL_EXPORTER_OTLP_ENDPOINT when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Port of the dashboard on 127.0.0.1; 0 for no dashboard.</summary>
    public int DashboardPort { get; set; }

    /// <summary>How long StartAsync waits for every resource to be running before it gives up.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>File name (a glob is allowed) that marks the repository root.</summary>
    protected virtual string RepoRootMarker => "*.sln";

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    public static string FindRepoRoot(string marker, string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles(marker).Any())
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {startDirectory} contains {marker}; set RepoRoot explicitly.");
    }
}
