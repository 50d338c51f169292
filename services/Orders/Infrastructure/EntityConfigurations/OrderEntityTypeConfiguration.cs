using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Infrastructure.EntityConfigurations;

internal sealed class OrderEntityTypeConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders", t => t.HasCheckConstraint("ck_orders_total", "total_amount >= 0"));
        builder.Property(o => o.CustomerName).HasMaxLength(CustomerRules.NameMax);
        builder.Property(o => o.CustomerEmail).HasMaxLength(CustomerRules.EmailMax);
        builder.Property(o => o.CustomerAddress).HasMaxLength(CustomerRules.AddressMax);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.TotalAmount).HasPrecision(14, 2);
        builder.Property(o => o.Notes).HasMaxLength(OrderLimits.NotesMax);
        builder.Property(o => o.Status).HasMaxLength(20);
        builder.Property(o => o.StockStatus).HasMaxLength(20);
        builder.Property(o => o.PaymentStatus).HasMaxLength(20);
        builder.Property(o => o.CancellationReason).HasMaxLength(50);
        // The saga's optimistic concurrency token: PostgreSQL's xmin changes on every update of the row.
        builder.Property(o => o.Version).IsRowVersion();
        builder.OwnsMany(o => o.Shortfalls, s => s.ToJson());
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.TenantId, o.CreatedAt });
        builder.HasIndex(o => new { o.TenantId, o.CustomerId, o.CreatedAt });
        builder.HasIndex(o => new { o.TenantId, o.Status, o.CreatedAt });
    }
}
