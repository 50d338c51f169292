using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Infrastructure.EntityConfigurations;

internal sealed class CustomerEntityTypeConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.Property(c => c.Name).HasMaxLength(CustomerRules.NameMax);
        builder.Property(c => c.Email).HasMaxLength(CustomerRules.EmailMax);
        builder.Property(c => c.Phone).HasMaxLength(CustomerRules.PhoneMax);
        builder.Property(c => c.Address).HasMaxLength(CustomerRules.AddressMax);
        builder.HasIndex(c => new { c.TenantId, c.CreatedAt }).HasFilter("deleted_at IS NULL");
        // One current customer per email in a store; a deleted customer's email may be used again.
        builder.HasIndex(c => new { c.TenantId, c.Email }).IsUnique().HasFilter("deleted_at IS NULL").HasDatabaseName("ux_customers_tenant_email");
    }
}
