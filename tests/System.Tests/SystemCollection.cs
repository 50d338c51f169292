using QommerceHub.Testing;

namespace QommerceHub.SystemTests;

[CollectionDefinition(SystemFixture.Collection)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>;
