using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Model;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Infrastructure;

/// <summary>
/// Identity looks users up by email before any tenant is known (login, reset), so its tables are not
/// filtered by tenant; every tenant-scoped endpoint filters explicitly on the token's tenant.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public const string SchemaName = "identity";

    public DbSet<Store> Stores => Set<Store>();
    public DbSet<User> Users => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<OneTimeToken> OneTimeTokens => Set<OneTimeToken>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<StoreAsset> StoreAssets => Set<StoreAsset>();
    public DbSet<LoginThrottle> LoginThrottles => Set<LoginThrottle>();

    protected override string Schema => SchemaName;
}
