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
        // Emails are stored lower-cased; login is by email alone, so an address has one account (a user with a
        // password) across stores. Pending invitations (no password yet) may share it, one per store.
        builder.HasIndex(u => u.Email).IsUnique().HasFilter("password_hash IS NOT NULL");
        builder.HasIndex(u => new { u.TenantId, u.Email }).IsUnique();
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.HasOne(u => u.Store).WithMany().HasForeignKey(u => u.TenantId);
    }
}
