using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Infrastructure.EntityConfigurations;

internal sealed class SalesOrderLineEntityTypeConfiguration : IEntityTypeConfiguration<SalesOrderLine>
{
    public void Configure(EntityTypeBuilder<SalesOrderLine> builder)
    {
        builder.ToTable("sales_order_lines");
        builder.HasKey(l => new { l.TenantId, l.OrderId, l.LineNumber });
        builder.Property(l => l.ProductName).HasMaxLength(200);
        builder.Property(l => l.UnitPrice).HasPrecision(12, 2);
    }
}
