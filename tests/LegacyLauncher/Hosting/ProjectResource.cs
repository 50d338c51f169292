namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>A .NET service run from its build output with dotnet; ready when GET /health answers 200.</summary>
public sealed class ProjectResource : ExecutableResource
{
    public const string TargetFramework = "net10.0";

    /// <param name="projectDirectory">Absolute folder of the .csproj.</param>
    /// <param name="configuration">Build configuration whose output is run: Debug or Release.</param>
    /// <param name="otlpEndpoint">OTEL_EXPORTER_OTLP_ENDPOINT for the service, or null for none.</param>
    public ProjectResource(
        string name, string projectDirectory, string assemblyName, int port, string configuration, string? otlpEndpoint)
        : base(
            name,
            Executables.DotnetHost(),
            [Path.Combine(OutputDirectory(projectDirectory, configuration), assemblyName + ".dll")],
            OutputDirectory(projectDirectory, configuration))
    {
        ProjectDirectory = projectDirectory;
        AssemblyPath = Arguments[0];
        Configuration = configuration;
        Port = port;
        HttpUrl = new Uri($"http://127.0.0.1:{port}");
        StopTimeout = TimeSpan.FromSeconds(10);
        SetEndpoint("http", HttpUrl.ToString());
        AddEnvironment((env, _) =>
        {
            env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            env["ASPNETCORE_ENVIRONMENT"] = "Development";
            env["OTEL_SERVICE_NAME"] = name;
            if (!string.IsNullOrEmpty(otlpEndpoint))
            {
                env["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
            }

            return Task.CompletedTask;
        });
    }

    public override string Kind => "Project";

    public string ProjectDirectory { get; }

    public string AssemblyPath { get; }

    public string Configuration { get; }

    public int Port { get; }

    public Uri HttpUrl { get; }

    protected override Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(AssemblyPath))
        {
            throw new ResourceConfigurationException(
                $"{AssemblyPath} does not exist: build it first (dotnet build {ProjectDirectory} -c {Configuration}).");
        }

        return Task.CompletedTask;
    }

    protected override Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        ReadinessProbes.HttpOkAsync(new Uri(HttpUrl, "/health"), cancellationToken);

    private static string OutputDirectory(string projectDirectory, string configuration) =>
        Path.Combine(projectDirectory, "bin", configuration, TargetFramework);
}
