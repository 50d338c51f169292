namespace QommerceHub.Testing;

/// <summary>Tenant ids unique within a test run, so tests sharing one database never see each other's rows.</summary>
public static class TestTenants
{
    private static int next = Random.Shared.Next(1_000_000, 2_000_000_000 / 2);

    public static int Next() => Interlocked.Increment(ref next);

    public static string UniqueEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.test";
}
