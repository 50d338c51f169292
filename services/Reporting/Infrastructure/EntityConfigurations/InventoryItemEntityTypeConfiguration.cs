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

internal sealed class CustomerEntityTypeConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.RowVersion).IsRowVersion();
        builder.ToTable("customers");
        builder.HasKey(c => new { c.TenantId, c.CustomerId });
        builder.Property(c => c.CustomerId).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.Address).HasMaxLength(1000);
    }
}

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
