using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Infrastructure.EntityConfigurations;

internal sealed class DocumentCounterEntityTypeConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> builder)
    {
        builder.ToTable("document_counters");
        builder.HasKey(c => new { c.TenantId, c.Kind });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
