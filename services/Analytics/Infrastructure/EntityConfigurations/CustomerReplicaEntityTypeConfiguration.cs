using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class CustomerReplicaEntityTypeConfiguration : IEntityTypeConfiguration<CustomerReplica>
{
    public void Configure(EntityTypeBuilder<CustomerReplica> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(c => new { c.TenantId, c.CustomerId });
        builder.Property(c => c.CustomerId).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(254);
    }
}
