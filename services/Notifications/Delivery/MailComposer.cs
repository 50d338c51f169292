using Microsoft.EntityFrameworkCore;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;
using QommerceHub.Notifications.Rendering;

namespace QommerceHub.Notifications.Delivery;

/// <summary>Renders a template with the store's branding and queues the email in the mail log.</summary>
public sealed class MailComposer(NotificationsDbContext db, TemplateRenderer renderer, TimeProvider clock)
{
    public async Task QueueAsync(
        Guid sourceMessageId, int tenantId, string recipient, string template,
        IReadOnlyDictionary<string, string?> values, string fallbackStoreName, CancellationToken ct,
        (string Name, byte[] Content)? attachment = null)
    {
        var profile = await db.StoreProfiles.FirstOrDefaultAsync(p => p.TenantId == tenantId, ct);
        var branding = profile is null ? StoreBranding.Default(fallbackStoreName) : StoreBranding.From(profile);
        var allValues = new Dictionary<string, string?>(values) { ["StoreName"] = branding.StoreName };
        var mail = renderer.Render(template, allValues, branding);
        var now = clock.GetUtcNow();
        db.OutgoingMails.Add(new OutgoingMail
        {
            TenantId = tenantId,
            SourceMessageId = sourceMessageId,
            Recipient = recipient,
            Template = template,
            Subject = mail.Subject,
            HtmlBody = mail.Html,
            TextBody = mail.Text,
            AttachmentName = attachment?.Name,
            AttachmentContent = attachment?.Content,
            Status = MailStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
