using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests;

/// <summary>One PostgreSQL + RabbitMQ and one Catalog instance for the service tests; each test has its own store.</summary>
[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<CatalogService>;
