using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class ProductReplicaEntityTypeConfiguration : IEntityTypeConfiguration<ProductReplica>
{
    public void Configure(EntityTypeBuilder<ProductReplica> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => new { p.TenantId, p.ProductId });
        builder.Property(p => p.ProductId).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Sku).HasMaxLength(100);
        builder.Ignore(p => p.IsKnown);
        builder.Ignore(p => p.Available);
    }
}
