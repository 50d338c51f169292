using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Infrastructure.EntityConfigurations;

public sealed class ProductEntityTypeConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products", t =>
        {
            // The database refuses what the code should never do: negative stock or more reserved than held.
            t.HasCheckConstraint("ck_products_stock", "on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand");
            t.HasCheckConstraint("ck_products_price", "price > 0");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(ProductRules.NameMax);
        builder.Property(p => p.Sku).HasMaxLength(ProductRules.SkuMax);
        builder.Property(p => p.Description).HasMaxLength(ProductRules.DescriptionMax);
        builder.Property(p => p.Category).HasMaxLength(ProductRules.CategoryMax);
        builder.Property(p => p.Barcode).HasMaxLength(Barcode.MaxLength);
        builder.Property(p => p.BarcodeFormat).HasMaxLength(16);
        builder.Property(p => p.BarcodeKey).HasMaxLength(Barcode.MaxLength + 1);
        builder.Property(p => p.Price).HasPrecision(12, 2);
        builder.Property(p => p.ImageFile).HasMaxLength(100);
        builder.Property(p => p.ThumbnailFile).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Stock);
        builder.Ignore(p => p.Available);
        builder.Ignore(p => p.IsLowStock);
        builder.Ignore(p => p.NeedsReorder);

        // Unique per store, deleted items included, so a restore can never collide.
        builder.HasIndex(p => new { p.TenantId, p.Sku }).IsUnique().HasDatabaseName("ux_products_tenant_sku");
        builder.HasIndex(p => new { p.TenantId, p.BarcodeKey }).IsUnique()
            .HasFilter("barcode_key IS NOT NULL").HasDatabaseName("ux_products_tenant_barcode");
        builder.HasIndex(p => new { p.TenantId, p.IsDeleted, p.Name });
        // The list's default order (newest first): a page is read from the index instead of sorting the store.
        builder.HasIndex(p => new { p.TenantId, p.IsDeleted, p.CreatedAt, p.Id });
    }
}
