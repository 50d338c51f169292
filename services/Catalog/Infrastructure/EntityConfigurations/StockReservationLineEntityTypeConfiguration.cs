using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Infrastructure.EntityConfigurations;

public sealed class StockReservationLineEntityTypeConfiguration : IEntityTypeConfiguration<StockReservationLine>
{
    public void Configure(EntityTypeBuilder<StockReservationLine> builder)
    {
        builder.ToTable("stock_reservation_lines");
        builder.HasKey(l => l.Id);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
