using QommerceHub.Reporting.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests;

/// <summary>One PostgreSQL + RabbitMQ and one Reporting instance for all service tests; each test has its own tenant.</summary>
[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>, ICollectionFixture<ReportingHost>;
