using QommerceHub.Testing;

namespace QommerceHub.SystemTests.ScaleOut;

/// <summary>
/// The Aspire AppHost's own app model with two instances of every service (<c>QommerceHub:Replicas=2</c>),
/// on free ports and throw-away data, so it runs beside a developer's copy and the shared system fixture.
/// </summary>
public sealed class ScaledOutSystem() : SystemFixture(Replicas)
{
    public const int Replicas = 2;
}
