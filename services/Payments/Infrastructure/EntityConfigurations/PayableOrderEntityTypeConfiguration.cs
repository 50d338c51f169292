using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Infrastructure.EntityConfigurations;

internal sealed class PayableOrderEntityTypeConfiguration : IEntityTypeConfiguration<PayableOrder>
{
    public void Configure(EntityTypeBuilder<PayableOrder> builder)
    {
        builder.ToTable("payable_orders");
        builder.HasKey(o => new { o.TenantId, o.OrderId });
        builder.Property(o => o.OrderId).ValueGeneratedNever();
        builder.Property(o => o.CustomerName).HasMaxLength(200);
        builder.Property(o => o.CustomerEmail).HasMaxLength(254);
        builder.Property(o => o.Amount).HasPrecision(12, 2);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.CancellationReason).HasMaxLength(200);
    }
}
