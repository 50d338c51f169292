using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Identity.Apis;

/// <summary>
/// For service instances that start late: every <see cref="AccessRevoked"/> still in force, read back from the outbox
/// it was announced through. Internal: the gateway routes nothing here (deployments expose the gateway alone).
/// </summary>
public static class RevocationsApi
{
    public static IEndpointRouteBuilder MapRevocationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(RevocationCatchUp.Path, ListInForce).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ListInForce(IdentityDbContext db, IdentitySettings settings, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now - settings.AccessTokenLifetime - AccessRevocations.SkewAllowance;
        var type = typeof(AccessRevoked).FullName + ",";
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.CreatedAt > since && m.MessageType.StartsWith(type))
            .OrderBy(m => m.Id).ToListAsync(ct);
        var notices = rows.Select(r => (AccessRevoked)r.ToMessage())
            .Where(r => r.ExpiresBy > now)
            .Select(r => new RevocationNotice(r.UserId, r.ValidFromVersion, r.ExpiresBy, r.SessionIds));
        return Results.Json(notices);
    }
}
