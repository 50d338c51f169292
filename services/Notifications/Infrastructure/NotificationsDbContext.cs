using Microsoft.EntityFrameworkCore;
using QommerceHub.Notifications.Model;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Notifications.Infrastructure;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public const string SchemaName = "notifications";

    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<StoreProfile> StoreProfiles => Set<StoreProfile>();
    public DbSet<OrderContact> OrderContacts => Set<OrderContact>();

    protected override string Schema => SchemaName;
}
