using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests;

[CollectionDefinition(InfrastructureFixture.Collection)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>;
