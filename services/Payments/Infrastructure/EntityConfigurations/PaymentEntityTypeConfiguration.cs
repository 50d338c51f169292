using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Infrastructure.EntityConfigurations;

internal sealed class PaymentEntityTypeConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        // One payment per order: a second intent for the same order is refused by the database itself.
        builder.HasIndex(p => new { p.TenantId, p.OrderId }).IsUnique();
        builder.HasIndex(p => p.PaymentIntentId).IsUnique();
        builder.Property(p => p.PaymentIntentId).HasMaxLength(255);
        builder.Property(p => p.Mode).HasMaxLength(20);
        builder.Property(p => p.Amount).HasPrecision(12, 2);
        builder.Property(p => p.AmountRefunded).HasPrecision(12, 2);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Status).HasMaxLength(40);
        builder.Property(p => p.FailureReason).HasMaxLength(200);
        builder.HasMany(p => p.Refunds).WithOne().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Cascade);
    }
}

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

internal sealed class ProcessedWebhookEventEntityTypeConfiguration : IEntityTypeConfiguration<ProcessedWebhookEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedWebhookEvent> builder)
    {
        builder.ToTable("processed_webhook_events");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(255);
        builder.Property(e => e.Type).HasMaxLength(100);
    }
}
