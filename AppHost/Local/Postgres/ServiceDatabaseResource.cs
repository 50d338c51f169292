namespace QommerceHub.AppHost.Local.Postgres;

/// <summary>
/// One service's share of the local PostgreSQL: login role &lt;schema&gt;_svc, which owns schema &lt;schema&gt; in the
/// shared database and can reach no other schema. Its name is the connection string name the service reads.
/// </summary>
public sealed class ServiceDatabaseResource : Resource, IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public const string DatabaseName = "qommercehub";

    internal ServiceDatabaseResource(string name, string schema, string password, LocalPostgresResource parent)
        : base(name)
    {
        Schema = schema;
        Password = password;
        Parent = parent;
    }

    public string Schema { get; }

    public string Role => Schema + "_svc";

    internal string Password { get; }

    public LocalPostgresResource Parent { get; }

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={Parent.PrimaryEndpoint.Property(EndpointProperty.Port)};Database={DatabaseName};Username={Role};Password={Password}");
}
