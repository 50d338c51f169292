using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Delivery;

/// <summary>
/// Sends logged emails over one SMTP connection (TLS and authentication by configuration) with MailKit. The
/// connection stays open between mails, so a busy store does not pay for a handshake per mail; one that was idle
/// is checked with NOOP first, and one that failed is dropped, so the next mail starts on a fresh connection.
/// Not thread-safe: each delivery loop owns one.
/// </summary>
public sealed class SmtpMailSender(SmtpSettings settings, TimeProvider clock) : IAsyncDisposable
{
    /// <summary>Some servers close a connection after a number of messages; leaving first keeps that from failing a mail.</summary>
    private const int MessagesPerConnection = 100;
    private static readonly TimeSpan idleBeforeCheck = TimeSpan.FromSeconds(2);

    private SmtpClient? client;
    private int sentOnConnection;
    private DateTimeOffset lastUsed;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        using var message = Compose(mail);
        var connected = await ConnectedClientAsync(cancellationToken);
        try
        {
            await connected.SendAsync(message, cancellationToken);
        }
        catch
        {
            await DropAsync();
            throw;
        }
        sentOnConnection++;
        lastUsed = clock.GetUtcNow();
    }

    public async ValueTask DisposeAsync() => await DropAsync(quit: true);

    private MimeMessage Compose(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Subject = mail.Subject;
        // A stable Message-ID lets receiving servers drop a duplicate if we crash between send and log update.
        message.MessageId = $"mail-{mail.Id}-{mail.SourceMessageId:N}@qommercehub";
        var body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody };
        if (mail.AttachmentName is not null && mail.AttachmentContent is not null)
            body.Attachments.Add(mail.AttachmentName, mail.AttachmentContent, ContentType.Parse("application/pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The open connection when it still answers, else a new one. Nothing of a mail has been sent yet here.</summary>
    private async Task<SmtpClient> ConnectedClientAsync(CancellationToken cancellationToken)
    {
        if (client is { IsConnected: true } && sentOnConnection < MessagesPerConnection)
        {
            if (clock.GetUtcNow() - lastUsed < idleBeforeCheck) return client;
            try
            {
                await client.NoOpAsync(cancellationToken);
                return client;
            }
            catch (Exception ex) when (IsConnectionFailure(ex))
            {
                // The server closed the idle connection or went away; a new one is tried below.
            }
        }

        await DropAsync(quit: client is { IsConnected: true });
        var fresh = new SmtpClient { Timeout = 15_000 };
        try
        {
            await fresh.ConnectAsync(settings.Host, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
                await fresh.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
        }
        catch
        {
            fresh.Dispose();
            throw;
        }
        client = fresh;
        sentOnConnection = 0;
        lastUsed = clock.GetUtcNow();
        return fresh;
    }

    private async Task DropAsync(bool quit = false)
    {
        if (client is null) return;
        try
        {
            if (quit) await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (IsConnectionFailure(ex) || ex is OperationCanceledException)
        {
            // Leaving a connection that is already broken.
        }
        client.Dispose();
        client = null;
    }

    /// <summary>What a broken or closed connection throws: the mail is not lost, the connection is replaced.</summary>
    private static bool IsConnectionFailure(Exception ex) =>
        ex is IOException or ServiceNotConnectedException or SmtpCommandException or SmtpProtocolException;
}
