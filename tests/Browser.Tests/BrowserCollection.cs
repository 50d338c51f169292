using QommerceHub.Testing;

namespace QommerceHub.BrowserTests;

/// <summary>One running system (services, gateway, PostgreSQL, RabbitMQ, maildev) for every browser test.</summary>
[CollectionDefinition(SystemFixture.Collection)]
public sealed class BrowserCollection : ICollectionFixture<SystemFixture>;
