using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class UserEntityTypeConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.Email).HasMaxLength(254);
        // Emails are stored lower-cased; login is by email alone, so they are unique across stores.
        builder.HasIndex(u => u.Email).IsUnique();
        builder.HasIndex(u => u.TenantId);
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.HasOne(u => u.Store).WithMany().HasForeignKey(u => u.TenantId);
    }
}
