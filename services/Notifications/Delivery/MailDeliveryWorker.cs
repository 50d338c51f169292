using Microsoft.EntityFrameworkCore;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Delivery;

/// <summary>
/// Delivers pending emails from the mail log. A failed attempt is recorded with its error and retried
/// after a growing delay, so an SMTP outage delays mail but loses none.
/// </summary>
public sealed class MailDeliveryWorker(
    IServiceScopeFactory scopes, SmtpMailSender sender, RetrySchedule retries, TimeProvider clock, ILogger<MailDeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan pollInterval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await DeliverDueAsync(stoppingToken);
                if (handled == 0) await Task.Delay(pollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Mail delivery loop failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }
        }
    }

    private async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var due = await db.OutgoingMails
            .FromSqlRaw("SELECT * FROM notifications.outgoing_mails WHERE status = 'Pending' AND next_attempt_at <= now() ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);

        foreach (var mail in due)
        {
            mail.Attempts++;
            try
            {
                await sender.SendAsync(mail, ct);
                mail.Status = MailStatus.Sent;
                mail.SentAt = clock.GetUtcNow();
                mail.LastError = null;
                logger.LogInformation("Sent {Template} email {MailId} to tenant {TenantId}", mail.Template, mail.Id, mail.TenantId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                mail.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                mail.Status = retries.ShouldGiveUp(mail.Attempts) ? MailStatus.Failed : MailStatus.Pending;
                mail.NextAttemptAt = now + retries.DelayAfter(mail.Attempts);
                logger.LogWarning("Email {MailId} attempt {Attempt} failed: {Error}", mail.Id, mail.Attempts, mail.LastError);
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }
}
