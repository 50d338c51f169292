using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Infrastructure.EntityConfigurations;

public sealed class StockReservationEntityTypeConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> builder)
    {
        builder.ToTable("stock_reservations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasMaxLength(20);
        // One reservation per order: a second OrderPlaced for the same order cannot reserve twice.
        builder.HasIndex(r => new { r.TenantId, r.OrderId }).IsUnique();
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReservationId).OnDelete(DeleteBehavior.Cascade);
    }
}
