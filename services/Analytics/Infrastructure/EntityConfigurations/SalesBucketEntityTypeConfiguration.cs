using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class SalesBucketEntityTypeConfiguration : IEntityTypeConfiguration<SalesBucket>
{
    public void Configure(EntityTypeBuilder<SalesBucket> builder)
    {
        builder.ToTable("sales_buckets");
        builder.HasKey(b => new { b.TenantId, b.WidthMinutes, b.BucketStart });
    }
}
