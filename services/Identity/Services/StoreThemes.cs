using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.IntegrationEvents.Events;
using QommerceHub.Identity.Model;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Services;

/// <summary>
/// Changes the current store's look (colours, logo, background); each change is announced with
/// <c>StoreSettingsChanged</c> in the same save, for the services that keep a copy of the store's look.
/// </summary>
public sealed class StoreThemes(IdentityDbContext db, TenantContext tenant, TimeProvider clock)
{
    public async Task<StoreTheme> ChangeAsync(Action<StoreTheme> change, CancellationToken ct)
    {
        var store = await db.Stores.FirstAsync(s => s.Id == tenant.Id, ct);
        var theme = store.Theme;
        change(theme);
        store.Theme = theme;
        await AnnounceAndSaveAsync(store, ct);
        return store.Theme;
    }

    /// <summary>Keeps an image already checked as the store's logo or background; answers the URL it is served at.</summary>
    public async Task<string> SetImageAsync(string kind, string contentType, byte[] content, string contentHash, CancellationToken ct)
    {
        var asset = await db.StoreAssets.FirstOrDefaultAsync(a => a.TenantId == tenant.Id && a.Kind == kind, ct);
        if (asset is null)
        {
            asset = new StoreAsset { TenantId = tenant.Id, Kind = kind, ContentType = contentType, Content = content, ContentHash = "" };
            db.StoreAssets.Add(asset);
        }
        asset.ContentType = contentType;
        asset.Content = content;
        asset.ContentHash = contentHash;
        asset.UpdatedAt = clock.GetUtcNow();
        var url = StoreAsset.UrlOf(tenant.Id, kind, asset.ContentHash);
        await SetUrlAsync(kind, url, ct);
        return url;
    }

    public async Task RemoveImageAsync(string kind, CancellationToken ct)
    {
        await db.StoreAssets.Where(a => a.TenantId == tenant.Id && a.Kind == kind).ExecuteDeleteAsync(ct);
        await SetUrlAsync(kind, null, ct);
    }

    private async Task SetUrlAsync(string kind, string? url, CancellationToken ct)
    {
        var store = await db.Stores.FirstAsync(s => s.Id == tenant.Id, ct);
        if (kind == StoreAsset.Logo) store.Theme.LogoUrl = url;
        else store.Theme.BackgroundUrl = url;
        await AnnounceAndSaveAsync(store, ct);
    }

    private async Task AnnounceAndSaveAsync(Store store, CancellationToken ct)
    {
        var owner = await db.Users.FirstAsync(u => u.TenantId == store.Id && u.Role == Roles.Owner, ct);
        db.Publish(StoreEvents.SettingsChanged(store, owner.Email));
        await db.SaveChangesAsync(ct);
    }
}
