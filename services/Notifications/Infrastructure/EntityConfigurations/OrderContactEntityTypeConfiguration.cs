using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Infrastructure.EntityConfigurations;

internal sealed class OrderContactEntityTypeConfiguration : IEntityTypeConfiguration<OrderContact>
{
    public void Configure(EntityTypeBuilder<OrderContact> builder)
    {
        builder.ToTable("order_contacts");
        builder.HasKey(c => new { c.TenantId, c.OrderId });
        builder.Property(c => c.OrderId).ValueGeneratedNever();
        builder.Property(c => c.CustomerName).HasMaxLength(200);
        builder.Property(c => c.CustomerEmail).HasMaxLength(254);
        builder.Property(c => c.Currency).HasMaxLength(3);
    }
}
