using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class StoreAssetEntityTypeConfiguration : IEntityTypeConfiguration<StoreAsset>
{
    public void Configure(EntityTypeBuilder<StoreAsset> builder)
    {
        builder.ToTable("store_assets");
        builder.HasKey(a => new { a.TenantId, a.Kind });
        builder.Property(a => a.Kind).HasMaxLength(20);
        builder.Property(a => a.ContentType).HasMaxLength(50);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasOne<Store>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
