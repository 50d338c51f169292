using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Analytics.Tests;

/// <summary>One PostgreSQL + RabbitMQ and one Analytics instance for all service tests; each test has its own tenant.</summary>
[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>, ICollectionFixture<AnalyticsHost>;
