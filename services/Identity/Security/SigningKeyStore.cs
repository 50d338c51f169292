using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Security;

/// <summary>
/// Keeps the RSA signing keys: persisted in the database so restarts and other instances share them,
/// rotated when the newest is older than the rotation period; older keys stay published until every
/// token they signed has expired.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IdentitySettings settings, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan reloadInterval = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<(SigningKey Row, RsaSecurityKey Key)> keys = [];
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public void Dispose() => gate.Dispose();

    /// <summary>The key new tokens are signed with.</summary>
    public async Task<RsaSecurityKey> GetSigningKeyAsync(CancellationToken cancellationToken)
    {
        await EnsureFreshAsync(cancellationToken);
        return keys[0].Key;
    }

    /// <summary>Every key a valid token may carry (for validation and the JWKS).</summary>
    public async Task<IReadOnlyList<RsaSecurityKey>> GetPublishedKeysAsync(CancellationToken cancellationToken)
    {
        await EnsureFreshAsync(cancellationToken);
        return keys.Select(k => k.Key).ToList();
    }

    /// <summary>Synchronous view for the token validator; filled at start-up and refreshed by use.</summary>
    public IEnumerable<SecurityKey> CurrentKeys => keys.Select(k => (SecurityKey)k.Key);

    public async Task EnsureFreshAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (keys.Count > 0 && now - loadedAt < reloadInterval && !IsDueForRotation(keys[0].Row, now)) return;
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var rows = await db.SigningKeys.OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
            if (rows.Count == 0 || IsDueForRotation(rows[0], now)) rows = await RotateOnceAsync(db, now, cancellationToken);
            // A retired key stays published for one access-token lifetime after its successor appears.
            var cutoff = now - TimeSpan.FromDays(settings.KeyRotationDays) - settings.AccessTokenLifetime;
            keys = rows.Where((r, i) => i == 0 || r.CreatedAt > cutoff).Select(r => (r, ToSecurityKey(r))).ToList();
            loadedAt = now;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Adds a new key unless another instance just did: instances that start (or find the key due) together take a
    /// transaction lock in turn, and each one after the first reads the key the first created. Two new keys would
    /// leave each instance signing with a key the other does not publish until its next reload.
    /// </summary>
    private async Task<List<SigningKey>> RotateOnceAsync(IdentityDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('identity.signing_keys'))", cancellationToken);
        var rows = await db.SigningKeys.OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        if (rows.Count == 0 || IsDueForRotation(rows[0], now))
        {
            var row = CreateKey(now);
            db.SigningKeys.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            rows.Insert(0, row);
        }
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private bool IsDueForRotation(SigningKey newest, DateTimeOffset now) =>
        now - newest.CreatedAt > TimeSpan.FromDays(settings.KeyRotationDays);

    private static SigningKey CreateKey(DateTimeOffset now)
    {
        using var rsa = RSA.Create(2048);
        return new SigningKey { KeyId = Guid.NewGuid().ToString("N"), PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(), CreatedAt = now };
    }

    private static RsaSecurityKey ToSecurityKey(SigningKey row)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(row.PrivateKeyPem);
        return new RsaSecurityKey(rsa) { KeyId = row.KeyId };
    }
}
