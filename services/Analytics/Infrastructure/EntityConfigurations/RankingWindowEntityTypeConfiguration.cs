using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class RankingWindowEntityTypeConfiguration : IEntityTypeConfiguration<RankingWindow>
{
    public void Configure(EntityTypeBuilder<RankingWindow> builder)
    {
        builder.ToTable("ranking_windows");
        builder.Property(w => w.TimeZone).HasMaxLength(100);
        builder.HasIndex(w => new { w.TenantId, w.TimeZone, w.Days }).IsUnique();
    }
}
