using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Infrastructure.EntityConfigurations;

internal sealed class StoreProfileEntityTypeConfiguration : IEntityTypeConfiguration<StoreProfile>
{
    public void Configure(EntityTypeBuilder<StoreProfile> builder)
    {
        builder.ToTable("store_profiles");
        builder.HasKey(p => p.TenantId);
        builder.Property(p => p.TenantId).ValueGeneratedNever();
        builder.Property(p => p.StoreName).HasMaxLength(100);
        builder.Property(p => p.OwnerEmail).HasMaxLength(254);
    }
}
