using QommerceHub.AppHost.Local;
using QommerceHub.AppHost.Local.Maildev;
using QommerceHub.AppHost.Local.Postgres;
using QommerceHub.AppHost.Local.RabbitMq;

namespace QommerceHub.AppHost;

internal static class InfrastructureExtensions
{
    /// <summary>PostgreSQL (one login role and schema per service in one database), RabbitMQ and maildev as local executables.</summary>
    public static Infrastructure AddLocalInfrastructure(this IDistributedApplicationBuilder builder, LocalSettings settings)
    {
        var postgres = builder.AddLocalPostgres("postgres", settings);
        var databases = QommerceHubModel.Services.ToDictionary(
            service => service,
            service => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddServiceDatabase(QommerceHubModel.DatabaseOf(service), service));
        var rabbitMq = builder.AddLocalRabbitMq("rabbitmq", settings);
        var maildev = builder.AddMaildev("maildev", settings);
        return new Infrastructure(databases, rabbitMq, maildev);
    }

    /// <summary>The manifest a platform team deploys from: Aspire's PostgreSQL with one database per service, and RabbitMQ.</summary>
    public static Infrastructure AddPublishedInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        var databases = QommerceHubModel.Services.ToDictionary(
            service => service,
            service => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(QommerceHubModel.DatabaseOf(service), service));
        var rabbitMq = builder.AddRabbitMQ("rabbitmq");
        return new Infrastructure(databases, rabbitMq, Mail: null);
    }
}
