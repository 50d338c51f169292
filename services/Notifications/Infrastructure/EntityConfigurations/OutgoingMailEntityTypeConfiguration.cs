using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Infrastructure.EntityConfigurations;

internal sealed class OutgoingMailEntityTypeConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("outgoing_mails");
        builder.Property(m => m.Recipient).HasMaxLength(254);
        builder.Property(m => m.Template).HasMaxLength(50);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.AttachmentName).HasMaxLength(200);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        // One email per (event, template, recipient): a second write of the same mail is refused.
        builder.HasIndex(m => new { m.SourceMessageId, m.Template, m.Recipient }).IsUnique();
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("status = 'Pending'");
        // Finds claims of a worker that died mid-send without scanning the whole log.
        builder.HasIndex(m => m.NextAttemptAt, "ix_outgoing_mails_sending_next_attempt_at").HasFilter("status = 'Sending'");
        builder.HasIndex(m => new { m.TenantId, m.CreatedAt });
    }
}
