using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class StoreEntityTypeConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> builder)
    {
        builder.ToTable("stores");
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.ComplexProperty(s => s.Theme, theme =>
        {
            theme.Property(t => t.BackgroundColor).HasMaxLength(7);
            theme.Property(t => t.PrimaryColor).HasMaxLength(7);
            theme.Property(t => t.SecondaryColor).HasMaxLength(7);
            theme.Property(t => t.AccentColor).HasMaxLength(7);
            theme.Property(t => t.TextColor).HasMaxLength(7);
            theme.Property(t => t.LogoUrl).HasMaxLength(500);
            theme.Property(t => t.BackgroundUrl).HasMaxLength(500);
        });
    }
}
