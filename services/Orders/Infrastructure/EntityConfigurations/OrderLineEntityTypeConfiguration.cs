using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Infrastructure.EntityConfigurations;

internal sealed class OrderLineEntityTypeConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines", t => t.HasCheckConstraint("ck_order_lines_quantity", $"quantity BETWEEN 1 AND {OrderLimits.MaxQuantity}"));
        builder.Property(l => l.ProductName).HasMaxLength(200);
        builder.Property(l => l.Sku).HasMaxLength(100).HasDefaultValue("");
        builder.Property(l => l.UnitPrice).HasPrecision(12, 2);
        builder.HasIndex(l => new { l.TenantId, l.ProductId });
    }
}
