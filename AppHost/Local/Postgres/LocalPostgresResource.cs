namespace QommerceHub.AppHost.Local.Postgres;

/// <summary>Debian's PostgreSQL server run as a local process, with its cluster in its own data folder.</summary>
public sealed class LocalPostgresResource : ExecutableResource, IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    internal LocalPostgresResource(string name, string command, string workingDirectory, PostgresDataDirectory directory, string superuserPassword)
        : base(name, command, workingDirectory)
    {
        Directory = directory;
        SuperuserPassword = superuserPassword;
        PrimaryEndpoint = new EndpointReference(this, EndpointName);
    }

    internal PostgresDataDirectory Directory { get; }

    internal string SuperuserPassword { get; }

    public EndpointReference PrimaryEndpoint { get; }

    /// <summary>The superuser on the postgres database: for provisioning only, never handed to a service.</summary>
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Database=postgres;Username=postgres;Password={SuperuserPassword}");
}
