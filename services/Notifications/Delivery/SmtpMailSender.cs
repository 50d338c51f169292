using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Delivery;

/// <summary>Sends one logged email over SMTP (TLS and authentication by configuration) with MailKit.</summary>
public sealed class SmtpMailSender(SmtpSettings settings)
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Subject = mail.Subject;
        // A stable Message-ID lets receiving servers drop a duplicate if we crash between send and log update.
        message.MessageId = $"mail-{mail.Id}-{mail.SourceMessageId:N}@qommercehub";
        var body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody };
        if (mail.AttachmentName is not null && mail.AttachmentContent is not null)
            body.Attachments.Add(mail.AttachmentName, mail.AttachmentContent, ContentType.Parse("application/pdf"));
        message.Body = body.ToMessageBody();

        using var client = new SmtpClient { Timeout = 15_000 };
        await client.ConnectAsync(settings.Host, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(settings.Username))
            await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
