using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class OrderLineFactEntityTypeConfiguration : IEntityTypeConfiguration<OrderLineFact>
{
    public void Configure(EntityTypeBuilder<OrderLineFact> builder)
    {
        builder.ToTable("order_lines");
        builder.HasKey(l => new { l.TenantId, l.OrderId, l.LineNo });
        builder.Property(l => l.ProductName).HasMaxLength(200);
    }
}
