using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Infrastructure.EntityConfigurations;

internal sealed class InvoiceEntityTypeConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("invoices");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.TotalAmount).HasPrecision(14, 2);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Ignore(i => i.FileName);
        // Numbers are unique per tenant and kind; an order has at most one invoice; a refund event one credit note.
        builder.HasIndex(i => new { i.TenantId, i.Kind, i.Sequence }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.Number }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.OrderId }).IsUnique().HasFilter("kind = 'Invoice'");
        builder.HasIndex(i => new { i.TenantId, i.SourceMessageId }).IsUnique();
    }
}
