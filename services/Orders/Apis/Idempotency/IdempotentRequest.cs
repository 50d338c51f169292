using QommerceHub.Orders.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace QommerceHub.Orders.Apis.Idempotency;

/// <summary>The Idempotency-Key claim the current request holds, if it carries a key (one per request scope).</summary>
public sealed class IdempotentRequest
{
    public string? Key { get; private set; }
    public DateTimeOffset ClaimedAt { get; private set; }

    /// <summary>What an earlier attempt with this key created before its instance died, e.g. <c>/api/orders/42</c>.</summary>
    public string? EarlierLocation { get; private set; }

    internal void Hold(string key, DateTimeOffset claimedAt, string? earlierLocation)
    {
        Key = key;
        ClaimedAt = claimedAt;
        EarlierLocation = earlierLocation;
    }

    /// <summary>
    /// Ties what this request created to its key, inside the caller's transaction; if another attempt took the claim
    /// over meanwhile, throws so the transaction rolls back and nothing is created twice.
    /// </summary>
    public async Task BindAsync(OrdersDbContext db, string location)
    {
        if (Key is null) return;
        var claimedAt = ClaimedAt;
        var bound = await db.IdempotencyKeys
            .Where(k => k.Key == Key && k.CreatedAt == claimedAt && k.StatusCode == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.Location, location), CancellationToken.None);
        if (bound == 0) throw new IdempotencyClaimLostException();
    }
}

/// <summary>A retry took this request's Idempotency-Key over after its lease; this attempt must not commit.</summary>
public sealed class IdempotencyClaimLostException() : Exception("Another attempt with this Idempotency-Key took over");
