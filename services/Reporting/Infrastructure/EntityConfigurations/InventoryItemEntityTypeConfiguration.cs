using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Infrastructure.EntityConfigurations;

internal sealed class InventoryItemEntityTypeConfiguration : IEntityTypeConfiguration<InventoryItem>
{
    public void Configure(EntityTypeBuilder<InventoryItem> builder)
    {
        builder.Property(i => i.RowVersion).IsRowVersion();
        builder.ToTable("inventory_items");
        builder.HasKey(i => new { i.TenantId, i.ProductId });
        builder.Property(i => i.ProductId).ValueGeneratedNever();
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Sku).HasMaxLength(100);
        builder.Property(i => i.Barcode).HasMaxLength(64);
        builder.Property(i => i.Price).HasPrecision(12, 2);
    }
}
