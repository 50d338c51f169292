using Microsoft.EntityFrameworkCore;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Delivery;

/// <summary>
/// Delivers pending emails from the mail log, at most once each: a mail is claimed (status Sending) in its own
/// commit before the SMTP conversation and marked Sent right after it, so a worker killed in between leaves a
/// claim that lapses to Unconfirmed instead of a second copy in the customer's inbox. A failed attempt is
/// recorded with its error and retried after a growing delay, so an SMTP outage delays mail but loses none.
/// Several loops deliver side by side (<see cref="SmtpSettings.Connections"/>), each over its own SMTP connection;
/// the claim's SKIP LOCKED keeps them from taking the same mail. Only the first polls the log; the others sleep
/// until a delivered mail suggests there are more, so an idle service queries no more often than with one loop.
/// </summary>
public sealed class MailDeliveryWorker(
    IServiceScopeFactory scopes, SmtpSettings settings, RetrySchedule retries, TimeProvider clock, ILogger<MailDeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan pollInterval = TimeSpan.FromMilliseconds(500);
    /// <summary>Far longer than one SMTP conversation (its time-out is 15 s), so only a dead worker's claim lapses.</summary>
    private static readonly TimeSpan claimLease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan lapsedClaimCheckInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim moreMail = new(0);

    public override void Dispose()
    {
        moreMail.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, settings.Connections))
            .Select(loop => DeliverAsync(polls: loop == 0, stoppingToken))
            .Append(WatchLapsedClaimsAsync(stoppingToken)));

    private async Task DeliverAsync(bool polls, CancellationToken stoppingToken)
    {
        await using var sender = new SmtpMailSender(settings, clock);
        await RepeatAsync(async ct =>
        {
            if (await DeliverNextAsync(sender, ct)) WakeAnotherLoop();
            else if (polls) await Task.Delay(pollInterval, clock, ct);
            else await moreMail.WaitAsync(ct);
        }, "Mail delivery", stoppingToken);
    }

    /// <summary>One more sleeping loop joins in; a loop that then finds nothing goes back to sleep.</summary>
    private void WakeAnotherLoop()
    {
        if (moreMail.CurrentCount < settings.Connections - 1) moreMail.Release();
    }

    private Task WatchLapsedClaimsAsync(CancellationToken stoppingToken) =>
        RepeatAsync(async ct =>
        {
            await MarkLapsedClaimsAsync(ct);
            await Task.Delay(lapsedClaimCheckInterval, clock, ct);
        }, "The lapsed-claims check", stoppingToken);

    /// <summary>Runs a step until shutdown; a failed step is logged and tried again after a pause.</summary>
    private async Task RepeatAsync(Func<CancellationToken, Task> step, string what, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await step(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{What} failed; retrying", what);
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }
        }
    }

    /// <summary>Sends the oldest due mail, if any; false when none is due.</summary>
    private async Task<bool> DeliverNextAsync(SmtpMailSender sender, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        // One connection for the claim and the outcome: each open costs a round trip that sets the store.
        await db.Database.OpenConnectionAsync(ct);
        var mail = await ClaimNextAsync(db, ct);
        if (mail is null) return false;

        try
        {
            // Not cancelled by shutdown: once the conversation starts, its outcome must be recorded.
            await sender.SendAsync(mail, CancellationToken.None);
            mail.Status = MailStatus.Sent;
            mail.SentAt = clock.GetUtcNow();
            mail.LastError = null;
            logger.LogInformation("Sent {Template} email {MailId} to tenant {TenantId}", mail.Template, mail.Id, mail.TenantId);
        }
        catch (Exception ex)
        {
            mail.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            mail.Status = retries.ShouldGiveUp(mail.Attempts) ? MailStatus.Failed : MailStatus.Pending;
            mail.NextAttemptAt = clock.GetUtcNow() + retries.DelayAfter(mail.Attempts);
            logger.LogWarning("Email {MailId} attempt {Attempt} failed: {Error}", mail.Id, mail.Attempts, mail.LastError);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    /// <summary>
    /// Claims the mail due longest in a statement of its own (committed at once); SKIP LOCKED lets instances share the
    /// log. Ordered by due time, the pending-mail index finds it at once: ordered by id, PostgreSQL walked the primary
    /// key past every mail already sent (1.5 ms per claim after a few thousand).
    /// </summary>
    private async Task<OutgoingMail?> ClaimNextAsync(NotificationsDbContext db, CancellationToken ct)
    {
        var lapsesAt = clock.GetUtcNow() + claimLease;
        var claimed = await db.OutgoingMails.FromSql($"""
            UPDATE notifications.outgoing_mails SET status = 'Sending', attempts = attempts + 1, next_attempt_at = {lapsesAt}
            WHERE id = (SELECT id FROM notifications.outgoing_mails WHERE status = 'Pending' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).ToListAsync(ct);
        return claimed.SingleOrDefault();
    }

    /// <summary>A claim that outlived its lease belongs to a worker that died mid-send: it may have been delivered.</summary>
    private async Task MarkLapsedClaimsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.GetUtcNow();
        var lapsed = await db.OutgoingMails
            .Where(m => m.Status == MailStatus.Sending && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MailStatus.Unconfirmed)
                .SetProperty(m => m.LastError, "The sender stopped during delivery; not resent so that it cannot arrive twice"), ct);
        if (lapsed > 0) logger.LogWarning("{Count} emails were being sent when a worker stopped; marked unconfirmed, not resent", lapsed);
    }
}
