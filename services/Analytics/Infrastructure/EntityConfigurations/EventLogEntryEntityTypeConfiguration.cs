using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Infrastructure.EntityConfigurations;

internal sealed class EventLogEntryEntityTypeConfiguration : IEntityTypeConfiguration<EventLogEntry>
{
    public void Configure(EntityTypeBuilder<EventLogEntry> builder)
    {
        builder.ToTable("event_log");
        builder.Property(e => e.MessageType).HasMaxLength(100);
        builder.Property(e => e.Body).HasColumnType("jsonb");
        builder.HasIndex(e => e.MessageId).IsUnique();
        // Replay reads one tenant's events in the order they were consumed.
        builder.HasIndex(e => new { e.TenantId, e.Id });
    }
}
