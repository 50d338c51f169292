using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Infrastructure.EntityConfigurations;

internal sealed class IdempotencyRecordEntityTypeConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => new { k.TenantId, k.Key });
        builder.Property(k => k.Key).HasMaxLength(IdempotencyKeyRules.MaxLength);
        builder.Property(k => k.RequestHash).HasMaxLength(64);
        builder.Property(k => k.ContentType).HasMaxLength(100);
        builder.Property(k => k.Location).HasMaxLength(200);
        builder.Property(k => k.ResponseBody).HasColumnType("text");
        builder.HasIndex(k => new { k.TenantId, k.ExpiresAt });
    }
}
