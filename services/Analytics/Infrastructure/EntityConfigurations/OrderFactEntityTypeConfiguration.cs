using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class OrderFactEntityTypeConfiguration : IEntityTypeConfiguration<OrderFact>
{
    public void Configure(EntityTypeBuilder<OrderFact> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(o => new { o.TenantId, o.OrderId });
        builder.Property(o => o.OrderId).ValueGeneratedNever();
        builder.Property(o => o.CustomerName).HasMaxLength(200);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Status).HasMaxLength(20);
        builder.Property(o => o.AppliedStatus).HasMaxLength(20);
        builder.Ignore(o => o.Target);
        builder.Ignore(o => o.Applied);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => new { l.TenantId, l.OrderId }).OnDelete(DeleteBehavior.Cascade);
        // Ranking windows and custom periods read the counted orders of a time range.
        builder.HasIndex(o => new { o.TenantId, o.PlacedAt });
    }
}
