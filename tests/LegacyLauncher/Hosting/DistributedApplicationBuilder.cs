namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Collects the resources of an app model; <see cref="Build"/> turns them into a startable application.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> resources = [];

    internal DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    public DistributedApplicationOptions Options { get; }

    public IReadOnlyList<Resource> Resources => resources;

    public T AddResource<T>(T resource)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resources.Any(r => r.Name == resource.Name))
        {
            throw new ArgumentException($"A resource named '{resource.Name}' already exists.", nameof(resource));
        }

        resource.EchoLogs = Options.EchoLogs;
        resources.Add(resource);
        return resource;
    }

    /// <summary>A PostgreSQL server of our own, with its data in &lt;DataDir&gt;/&lt;name&gt;.</summary>
    public PostgresResource AddPostgres(string name, int port) =>
        AddResource(new PostgresResource(name, port, DataDirectoryFor(name), Options.Ephemeral));

    /// <summary>An existing server: nothing is started; services are still provisioned through this superuser connection.</summary>
    public PostgresResource AddExternalPostgres(string name, string superuserConnectionString) =>
        AddResource(new PostgresResource(name, superuserConnectionString));

    /// <summary>A RabbitMQ node of our own, with its data in &lt;DataDir&gt;/&lt;name&gt;.</summary>
    public RabbitMqResource AddRabbitMq(string name, int port) =>
        AddResource(new RabbitMqResource(name, port, DataDirectoryFor(name), Options.Ephemeral));

    public RabbitMqResource AddExternalRabbitMq(string name, Uri amqpUri) =>
        AddResource(new RabbitMqResource(name, amqpUri));

    /// <param name="packageDirectory">The installed npm package folder (node_modules/maildev).</param>
    public MaildevResource AddMaildev(string name, int smtpPort, int webPort, string packageDirectory) =>
        AddResource(new MaildevResource(name, smtpPort, webPort, packageDirectory, DataDirectoryFor(name)));

    /// <param name="projectDirectory">Folder of the .csproj, relative to the repository root or absolute.</param>
    public ProjectResource AddProject(string name, string projectDirectory, string assemblyName, int port) =>
        AddResource(new ProjectResource(
            name,
            Path.Combine(Options.RepoRoot, projectDirectory),
            assemblyName,
            port,
            Options.Configuration,
            Options.OtlpEndpoint));

    public ExecutableResource AddExecutable(string name, string command, IEnumerable<string> arguments, string workingDirectory) =>
        AddResource(new ExecutableResource(name, command, arguments, workingDirectory));

    public DistributedApplication Build() => new(Options, resources);

    private string DataDirectoryFor(string name) => Path.Combine(Options.DataDir, name);
}
