using Microsoft.EntityFrameworkCore;
using Npgsql;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Apis.Idempotency;

public enum ClaimOutcome
{
    /// <summary>First use of the key: run the request and record its answer.</summary>
    Claimed,
    /// <summary>The key already has an answer for this same request.</summary>
    Replay,
    /// <summary>The key was used for a different request.</summary>
    Mismatch,
    /// <summary>The first request with this key has not answered yet.</summary>
    InProgress,
}

internal sealed record IdempotencyClaim(ClaimOutcome Outcome, IdempotencyRecord? Record = null);

/// <summary>
/// Keeps Idempotency-Keys in their own short transactions (a separate context from the request's),
/// so the key is claimed before the work starts and its answer is saved whatever the endpoint left tracked.
/// </summary>
internal sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<IdempotencyClaim> ClaimAsync(int tenantId, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = Open(scope, tenantId);
        var now = clock.GetUtcNow();
        // Expired keys of this store go first, so an old key is free again and the table stays small.
        await db.IdempotencyKeys.Where(k => k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

        var existing = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, cancellationToken);
        if (existing is null)
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                TenantId = tenantId, Key = key, RequestHash = requestHash, CreatedAt = now, ExpiresAt = now + IdempotencyRecord.Lifetime,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new IdempotencyClaim(ClaimOutcome.Claimed);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // A concurrent request with the same key claimed it a moment ago.
                existing = await db.IdempotencyKeys.AsNoTracking().FirstAsync(k => k.Key == key, cancellationToken);
            }
        }

        if (existing.RequestHash != requestHash) return new IdempotencyClaim(ClaimOutcome.Mismatch);
        return existing.StatusCode is null ? new IdempotencyClaim(ClaimOutcome.InProgress) : new IdempotencyClaim(ClaimOutcome.Replay, existing);
    }

    public async Task CompleteAsync(int tenantId, string key, CapturedResponse response)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Open(scope, tenantId).IdempotencyKeys.Where(k => k.Key == key && k.StatusCode == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(k => k.StatusCode, response.StatusCode)
                .SetProperty(k => k.ContentType, response.ContentType)
                .SetProperty(k => k.Location, response.Location)
                .SetProperty(k => k.ResponseBody, response.Body));
    }

    /// <summary>Frees a key whose request failed without an answer worth repeating, so the client can retry it.</summary>
    public async Task ReleaseAsync(int tenantId, string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Open(scope, tenantId).IdempotencyKeys.Where(k => k.Key == key && k.StatusCode == null).ExecuteDeleteAsync();
    }

    private static OrdersDbContext Open(AsyncServiceScope scope, int tenantId)
    {
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
    }
}
