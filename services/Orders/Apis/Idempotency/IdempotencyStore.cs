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
    /// <summary>The first request with this key has not answered yet and its lease still runs.</summary>
    InProgress,
    /// <summary>An earlier attempt died without an answer; this one took the claim over and runs again.</summary>
    Resumed,
}

/// <param name="ClaimedAt">The claim's token when this request holds it (Claimed or Resumed).</param>
internal sealed record IdempotencyClaim(ClaimOutcome Outcome, IdempotencyRecord? Record = null, DateTimeOffset ClaimedAt = default);

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
        var now = WholeMicroseconds(clock.GetUtcNow());
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
                return new IdempotencyClaim(ClaimOutcome.Claimed, ClaimedAt: now);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // A concurrent request with the same key claimed it a moment ago.
                existing = await db.IdempotencyKeys.AsNoTracking().FirstAsync(k => k.Key == key, cancellationToken);
            }
        }

        if (existing.RequestHash != requestHash) return new IdempotencyClaim(ClaimOutcome.Mismatch);
        if (existing.StatusCode is not null) return new IdempotencyClaim(ClaimOutcome.Replay, existing);
        if (existing.CreatedAt + IdempotencyRecord.Lease > now) return new IdempotencyClaim(ClaimOutcome.InProgress);

        // The attempt holding the key is presumed dead: take its claim over, unless another retry just did.
        var earlierClaim = existing.CreatedAt;
        var taken = await db.IdempotencyKeys.Where(k => k.Key == key && k.StatusCode == null && k.CreatedAt == earlierClaim)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.CreatedAt, now), cancellationToken);
        return taken == 1
            ? new IdempotencyClaim(ClaimOutcome.Resumed, existing, now)
            : new IdempotencyClaim(ClaimOutcome.InProgress);
    }

    public async Task CompleteAsync(int tenantId, string key, DateTimeOffset claimedAt, CapturedResponse response)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Open(scope, tenantId).IdempotencyKeys.Where(k => k.Key == key && k.StatusCode == null && k.CreatedAt == claimedAt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(k => k.StatusCode, response.StatusCode)
                .SetProperty(k => k.ContentType, response.ContentType)
                .SetProperty(k => k.Location, response.Location)
                .SetProperty(k => k.ResponseBody, response.Body));
    }

    /// <summary>Frees a key whose request failed without an answer worth repeating, so the client can retry it.</summary>
    public async Task ReleaseAsync(int tenantId, string key, DateTimeOffset claimedAt)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Open(scope, tenantId).IdempotencyKeys
            .Where(k => k.Key == key && k.StatusCode == null && k.CreatedAt == claimedAt && k.Location == null)
            .ExecuteDeleteAsync();
    }

    /// <summary>PostgreSQL keeps microseconds: the claim token must compare equal after a round trip.</summary>
    private static DateTimeOffset WholeMicroseconds(DateTimeOffset value) => value.AddTicks(-(value.Ticks % 10));

    private static OrdersDbContext Open(AsyncServiceScope scope, int tenantId)
    {
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
    }
}
