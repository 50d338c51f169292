using QommerceHub.Identity.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests;

/// <summary>One PostgreSQL + RabbitMQ and one Identity instance for all service tests; each test has its own store.</summary>
[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>, ICollectionFixture<IdentityHost>;
