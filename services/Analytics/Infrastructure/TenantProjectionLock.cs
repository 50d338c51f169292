using Microsoft.EntityFrameworkCore;

namespace QommerceHub.Analytics.Infrastructure;

/// <summary>
/// A per-tenant PostgreSQL advisory lock, held until the transaction ends. Projections share it; rolling a
/// ranking window and wiping the read model for a rebuild take it alone, so they never interleave with a
/// half-applied event.
/// </summary>
public static class TenantProjectionLock
{
    // Two-key advisory locks are database-wide: the first key ("anly") keeps Analytics' locks apart from other services'.
    private const int Namespace = 0x616E_6C79;

    public static Task ShareAsync(AnalyticsDbContext db, int tenantId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({Namespace}, {tenantId})", cancellationToken);

    public static Task TakeAloneAsync(AnalyticsDbContext db, int tenantId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Namespace}, {tenantId})", cancellationToken);
}
