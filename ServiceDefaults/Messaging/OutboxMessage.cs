using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>An event written in the same transaction as the change it reports, published later by the dispatcher.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    public string? CorrelationId { get; set; }
    public string? TraceParent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    public static OutboxMessage From(IntegrationEvent message)
    {
        var correlationId = message.CorrelationId ?? CorrelationContext.Current;
        message = message with { CorrelationId = correlationId };
        var type = message.GetType();
        return new OutboxMessage
        {
            MessageId = message.MessageId,
            MessageType = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Body = JsonSerializer.Serialize(message, type),
            CorrelationId = correlationId,
            TraceParent = OutboxTracing.CurrentTraceParent(),
            CreatedAt = message.OccurredAt,
        };
    }

    public IntegrationEvent ToMessage()
    {
        var type = Type.GetType(MessageType, throwOnError: true)!;
        return (IntegrationEvent)JsonSerializer.Deserialize(Body, type)!;
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => m.Id).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
        builder.Property(m => m.MessageType).HasMaxLength(300);
        builder.Property(m => m.Body).HasColumnType("jsonb");
        builder.Property(m => m.CorrelationId).HasMaxLength(64);
        builder.Property(m => m.TraceParent).HasMaxLength(100);
    }
}
