using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Infrastructure.EntityConfigurations;

public sealed class StockLedgerEntryEntityTypeConfiguration : IEntityTypeConfiguration<StockLedgerEntry>
{
    public void Configure(EntityTypeBuilder<StockLedgerEntry> builder)
    {
        builder.ToTable("stock_ledger");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reason).HasMaxLength(20);
        builder.Property(e => e.Reference).HasMaxLength(ProductRules.ReferenceMax);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.HasOne(e => e.Product).WithMany().HasForeignKey(e => e.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.TenantId, e.ProductId, e.Id });
    }
}
