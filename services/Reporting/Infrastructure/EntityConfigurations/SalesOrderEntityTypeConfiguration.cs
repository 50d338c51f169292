using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Infrastructure.EntityConfigurations;

internal sealed class SalesOrderEntityTypeConfiguration : IEntityTypeConfiguration<SalesOrder>
{
    public void Configure(EntityTypeBuilder<SalesOrder> builder)
    {
        builder.Property(o => o.RowVersion).IsRowVersion();
        builder.ToTable("sales_orders");
        builder.HasKey(o => new { o.TenantId, o.OrderId });
        builder.Property(o => o.OrderId).ValueGeneratedNever();
        builder.Property(o => o.CustomerName).HasMaxLength(200);
        builder.Property(o => o.CustomerEmail).HasMaxLength(254);
        builder.Property(o => o.CustomerAddress).HasMaxLength(1000);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Status).HasMaxLength(20);
        builder.Property(o => o.CancellationReason).HasMaxLength(200);
        builder.Property(o => o.PaymentStatus).HasMaxLength(20);
        builder.Property(o => o.TotalAmount).HasPrecision(14, 2);
        builder.Property(o => o.AmountPaid).HasPrecision(14, 2);
        builder.Property(o => o.AmountRefunded).HasPrecision(14, 2);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => new { l.TenantId, l.OrderId });
        // The sales export reads a tenant's orders by date.
        builder.HasIndex(o => new { o.TenantId, o.PlacedAt, o.OrderId });
        builder.HasIndex(o => new { o.TenantId, o.CustomerId });
    }
}
