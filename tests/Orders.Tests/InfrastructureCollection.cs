using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests;

/// <summary>One PostgreSQL + RabbitMQ and one Orders instance for all service tests; each test has its own store.</summary>
[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>, ICollectionFixture<OrdersHost>;
