using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Model;
using QommerceHub.Payments.Providers;
using QommerceHub.ServiceDefaults.Tenancy;
using Stripe;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Payments.Services;

public enum WebhookResult
{
    Applied,
    Duplicate,
    Ignored,
}

/// <summary>
/// Accepts a Stripe webhook only when its signature and timestamp check out, acts for the tenant written in the
/// intent's metadata, and applies each event id once (the id is recorded in the same transaction as the effect).
/// </summary>
public sealed class StripeWebhookProcessor(
    StripeSettings settings, PaymentsDbContext db, TenantContext tenant, IPaymentProvider provider,
    StripeEventApplier applier, TimeProvider clock, ILogger<StripeWebhookProcessor> logger)
{
    public Outcome<Event> Verify(string payload, string? signatureHeader)
    {
        if (!settings.UsesStripe || string.IsNullOrWhiteSpace(settings.WebhookSecret))
            return Outcome.Refuse<Event>(Refusal.Invalid, "Stripe webhooks are not accepted: this service runs the simulated provider");
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return Outcome.Refuse<Event>(Refusal.Invalid, "The Stripe-Signature header is missing");
        try
        {
            var stripeEvent = EventUtility.ConstructEvent(payload, signatureHeader, settings.WebhookSecret,
                settings.WebhookToleranceSeconds, clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
            return Outcome.Ok<Event>(stripeEvent);
        }
        catch (StripeException ex)
        {
            logger.LogWarning("Rejected a Stripe webhook: {Reason}", ex.Message);
            return Outcome.Refuse<Event>(Refusal.Invalid, "The webhook signature is invalid or too old");
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return Outcome.Refuse<Event>(Refusal.Invalid, "The webhook body is not a Stripe event");
        }
    }

    public async Task<WebhookResult> ProcessAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(stripeEvent, cancellationToken);
        if (target is { } found) tenant.Use(found.TenantId);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent { EventId = stripeEvent.Id, Type = stripeEvent.Type, ReceivedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            logger.LogInformation("Stripe event {EventId} already applied; skipped", stripeEvent.Id);
            return WebhookResult.Duplicate;
        }

        var payment = target is { } t ? await db.LockByIntentAsync(t.PaymentIntentId, cancellationToken) : null;
        var result = WebhookResult.Ignored;
        if (payment is not null && await applier.ApplyAsync(stripeEvent, payment, cancellationToken)) result = WebhookResult.Applied;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (result == WebhookResult.Ignored)
            logger.LogInformation("Stripe event {EventId} ({Type}) concerns no payment of ours", stripeEvent.Id, stripeEvent.Type);
        return result;
    }

    /// <summary>The tenant and intent an event is about: from our metadata, or from the intent itself when absent.</summary>
    private async Task<(int TenantId, string PaymentIntentId)?> TargetAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        var (intentId, metadata) = stripeEvent.Data.Object switch
        {
            PaymentIntent intent => (intent.Id, intent.Metadata),
            Refund refund => (refund.PaymentIntentId, refund.Metadata),
            _ => (null, null),
        };
        if (intentId is null) return null;
        if (TenantOf(metadata) is not { } tenantId)
        {
            // Refunds made in Stripe's dashboard carry no metadata of ours; the intent does.
            if (await TenantOfIntentAsync(intentId, cancellationToken) is not { } intentTenant) return null;
            tenantId = intentTenant;
        }
        return (tenantId, intentId);
    }

    private async Task<int?> TenantOfIntentAsync(string paymentIntentId, CancellationToken cancellationToken)
    {
        try
        {
            return TenantOf((await provider.GetIntentAsync(paymentIntentId, cancellationToken)).Metadata);
        }
        catch (PaymentProviderException ex) when (ex.Refused)
        {
            return null; // Stripe does not know the intent for this key: not one of ours
        }
    }

    private static int? TenantOf(IReadOnlyDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(ProviderMetadata.TenantId, out var value) &&
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
