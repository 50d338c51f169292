using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Infrastructure.EntityConfigurations;

internal sealed class StoreProfileEntityTypeConfiguration : IEntityTypeConfiguration<StoreProfile>
{
    public void Configure(EntityTypeBuilder<StoreProfile> builder)
    {
        builder.Property(p => p.RowVersion).IsRowVersion();
        builder.ToTable("store_profiles");
        builder.HasKey(p => p.TenantId);
        builder.Property(p => p.TenantId).ValueGeneratedNever();
        builder.Property(p => p.StoreName).HasMaxLength(100);
        builder.Property(p => p.OwnerEmail).HasMaxLength(254);
        builder.Property(p => p.PrimaryColor).HasMaxLength(7);
        builder.Property(p => p.AccentColor).HasMaxLength(7);
        builder.Property(p => p.TextColor).HasMaxLength(7);
    }
}
