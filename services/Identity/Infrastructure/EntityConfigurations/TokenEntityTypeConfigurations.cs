using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class RefreshTokenEntityTypeConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        // Every request to Identity asks whether its session still has a live refresh token.
        builder.HasIndex(t => new { t.UserId, t.SessionId });
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OneTimeTokenEntityTypeConfiguration : IEntityTypeConfiguration<OneTimeToken>
{
    public void Configure(EntityTypeBuilder<OneTimeToken> builder)
    {
        builder.ToTable("one_time_tokens");
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Payload).HasMaxLength(254);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LoginThrottleEntityTypeConfiguration : IEntityTypeConfiguration<LoginThrottle>
{
    public void Configure(EntityTypeBuilder<LoginThrottle> builder)
    {
        builder.ToTable("login_throttles");
        builder.HasKey(t => new { t.UserId, t.ClientAddress });
        builder.Property(t => t.ClientAddress).HasMaxLength(64);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SigningKeyEntityTypeConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyId).HasMaxLength(64);
    }
}
