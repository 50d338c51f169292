namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Aspire-style wiring: references become the environment variables the services read.</summary>
public static class ResourceExtensions
{
    /// <summary>Sets ConnectionStrings__&lt;connectionName&gt; to the resource's own role and schema, provisioned before each start.</summary>
    public static T WithReference<T>(this T resource, PostgresResource postgres, string connectionName)
        where T : ExecutableResource
    {
        ArgumentNullException.ThrowIfNull(postgres);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        resource.AddWaitFor(postgres);
        resource.AddEnvironment(async (env, ct) =>
            env[$"ConnectionStrings__{connectionName}"] = await postgres.EnsureServiceDatabaseAsync(resource.Name, ct));
        return resource;
    }

    /// <summary>Sets ConnectionStrings__messaging to the broker's amqp:// URI.</summary>
    public static T WithReference<T>(this T resource, RabbitMqResource rabbitMq, string connectionName = "messaging")
        where T : ExecutableResource
    {
        ArgumentNullException.ThrowIfNull(rabbitMq);
        resource.AddWaitFor(rabbitMq);
        return resource.WithEnvironment($"ConnectionStrings__{connectionName}", () => rabbitMq.ConnectionString);
    }

    /// <summary>Sets services__&lt;name&gt;__http__0 for service discovery; does not wait for the other project.</summary>
    public static T WithReference<T>(this T resource, ProjectResource project)
        where T : ExecutableResource
    {
        ArgumentNullException.ThrowIfNull(project);
        return resource.WithEnvironment($"services__{project.Name}__http__0", () => project.HttpUrl.ToString().TrimEnd('/'));
    }

    public static T WithEnvironment<T>(this T resource, string name, string value)
        where T : ExecutableResource =>
        resource.WithEnvironment(name, () => value);

    /// <summary>The value is computed right before each launch.</summary>
    public static T WithEnvironment<T>(this T resource, string name, Func<string> value)
        where T : ExecutableResource
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        resource.AddEnvironment((env, _) =>
        {
            env[name] = value();
            return Task.CompletedTask;
        });
        return resource;
    }

    /// <summary>Start the resource only once <paramref name="dependency"/> is running and ready.</summary>
    public static T WaitFor<T>(this T resource, Resource dependency)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(dependency);
        resource.AddWaitFor(dependency);
        return resource;
    }
}
