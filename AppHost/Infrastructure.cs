using QommerceHub.AppHost.Local.Maildev;

namespace QommerceHub.AppHost;

/// <summary>What the services are wired to: one database per service, the message broker and, when run locally, a mail inbox.</summary>
/// <param name="Databases">By service name; each resource's name is the connection string name the service reads (e.g. ordersdb).</param>
/// <param name="Messaging">Referenced under the connection string name <c>messaging</c>.</param>
/// <param name="Mail">maildev in run mode; a deployment configures SMTP itself.</param>
internal sealed record Infrastructure(
    IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases,
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    IResourceBuilder<MaildevResource>? Mail);
