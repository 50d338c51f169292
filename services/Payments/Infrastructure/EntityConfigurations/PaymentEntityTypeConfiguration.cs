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
