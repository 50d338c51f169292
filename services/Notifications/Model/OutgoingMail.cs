using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Notifications.Model;

public enum MailStatus
{
    Pending,
    /// <summary>Claimed by a delivery worker, which is talking to the SMTP server now.</summary>
    Sending,
    Sent,
    Failed,
    /// <summary>The worker stopped while sending, so nobody knows whether it left; never resent, so never twice.</summary>
    Unconfirmed,
}

/// <summary>
/// The mail log: one row per email to send, written in the same transaction as the inbox record of the
/// event that asked for it, then delivered (and retried) by the delivery worker. So a redelivered event
/// sends nothing twice and an SMTP outage loses nothing.
/// </summary>
[NotTenantFiltered("Only the mail sender reads it, and it works through every store")]
public sealed class OutgoingMail
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public Guid SourceMessageId { get; set; }
    public required string Recipient { get; set; }
    public required string Template { get; set; }
    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    public required string TextBody { get; set; }
    public string? AttachmentName { get; set; }
    public byte[]? AttachmentContent { get; set; }
    public MailStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When a pending mail is due; while <see cref="MailStatus.Sending"/>, when the sender's claim lapses.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
