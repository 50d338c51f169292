namespace QommerceHub.AppHost.Local.RabbitMq;

/// <summary>A RabbitMQ node from Debian's rabbitmq-server package, with its own epmd and its data under its folder.</summary>
public sealed class LocalRabbitMqResource : ExecutableResource, IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    internal LocalRabbitMqResource(string name, string command, string dataDirectory)
        : base(name, command, dataDirectory)
    {
        DataDirectory = dataDirectory;
        PrimaryEndpoint = new EndpointReference(this, EndpointName);
    }

    public string DataDirectory { get; }

    public EndpointReference PrimaryEndpoint { get; }

    /// <summary>RabbitMQ lets guest in from loopback only, which is all a local node serves.</summary>
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}/");
}
