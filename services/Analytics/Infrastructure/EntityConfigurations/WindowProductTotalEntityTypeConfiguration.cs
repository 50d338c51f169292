using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class WindowProductTotalEntityTypeConfiguration : IEntityTypeConfiguration<WindowProductTotal>
{
    public void Configure(EntityTypeBuilder<WindowProductTotal> builder)
    {
        builder.ToTable("window_product_totals");
        builder.HasKey(t => new { t.WindowId, t.ProductId });
        builder.HasOne<RankingWindow>().WithMany().HasForeignKey(t => t.WindowId).OnDelete(DeleteBehavior.Cascade);
        // The top-10 list is the first rows of this index.
        builder.HasIndex(t => new { t.WindowId, t.Revenue, t.ProductId }).IsDescending(false, true, false);
    }
}
