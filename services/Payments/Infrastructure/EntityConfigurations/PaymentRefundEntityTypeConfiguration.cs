using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Infrastructure.EntityConfigurations;

internal sealed class PaymentRefundEntityTypeConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> builder)
    {
        builder.ToTable("refunds");
        builder.HasIndex(r => r.ProviderRefundId).IsUnique();
        builder.HasIndex(r => r.TenantId);
        builder.Property(r => r.ProviderRefundId).HasMaxLength(255);
        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.Property(r => r.IdempotencyKey).HasMaxLength(255);
        builder.Property(r => r.Amount).HasPrecision(12, 2);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.Status).HasMaxLength(40);
        builder.Property(r => r.Initiator).HasMaxLength(40);
    }
}
