using QommerceHub.Notifications.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Notifications.Tests;

/// <summary>
/// One PostgreSQL + RabbitMQ + maildev and one Notifications instance for all service tests; each test has its own
/// store. Tests of one collection run one after another, which the SMTP outage test relies on.
/// </summary>
[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>, ICollectionFixture<NotificationsHost>;
