using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Infrastructure.EntityConfigurations;

internal sealed class ProductEntityTypeConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Sku).HasMaxLength(100);
        builder.Property(p => p.Price).HasPrecision(12, 2);
        builder.Ignore(p => p.IsOrderable);
    }
}
