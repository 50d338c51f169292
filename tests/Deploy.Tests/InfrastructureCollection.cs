using QommerceHub.Testing;

namespace QommerceHub.Deploy.Tests;

/// <summary>
/// One PostgreSQL + RabbitMQ + maildev for the tests that run services; each uses a service schema no other test of
/// this assembly touches (payments: replica migrations, notifications: the stand-alone process), so it starts empty.
/// </summary>
[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>;
