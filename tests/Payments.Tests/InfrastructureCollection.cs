using QommerceHub.Payments.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests;

/// <summary>One PostgreSQL + RabbitMQ, one fake Stripe and the Payments instances for all service tests; each test has its own tenant.</summary>
[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>, ICollectionFixture<PaymentsHosts>;
