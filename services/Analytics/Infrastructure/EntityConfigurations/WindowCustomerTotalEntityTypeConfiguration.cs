using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class WindowCustomerTotalEntityTypeConfiguration : IEntityTypeConfiguration<WindowCustomerTotal>
{
    public void Configure(EntityTypeBuilder<WindowCustomerTotal> builder)
    {
        builder.ToTable("window_customer_totals");
        builder.HasKey(t => new { t.WindowId, t.CustomerId });
        builder.HasOne<RankingWindow>().WithMany().HasForeignKey(t => t.WindowId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.WindowId, t.Spent, t.CustomerId }).IsDescending(false, true, false);
    }
}
