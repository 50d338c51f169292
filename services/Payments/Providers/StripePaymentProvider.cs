using System.Globalization;
using System.Net;
using QommerceHub.Payments.Model;
using Stripe;

namespace QommerceHub.Payments.Providers;

/// <summary>Stripe PaymentIntents and Refunds through Stripe.net; amounts in minor units, idempotency keys from our ids.</summary>
public sealed class StripePaymentProvider(StripeClient stripe, ILogger<StripePaymentProvider> logger) : IPaymentProvider
{
    // The reasons Stripe accepts as such; any other wording travels in metadata only.
    private static readonly HashSet<string> stripeReasons = ["duplicate", "fraudulent", "requested_by_customer"];

    public string Mode => PaymentMode.Stripe;

    public Task<ProviderIntent> CreateIntentAsync(IntentInstruction instruction, CancellationToken cancellationToken) =>
        CallAsync("create the payment intent", async () =>
        {
            var options = new PaymentIntentCreateOptions
            {
                Amount = instruction.AmountMinor,
                Currency = instruction.Currency.ToLowerInvariant(),
                AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
                Description = $"Order #{instruction.OrderId}",
                ReceiptEmail = instruction.ReceiptEmail,
                Metadata = Metadata(instruction.TenantId, instruction.OrderId),
            };
            var intent = await stripe.V1.PaymentIntents.CreateAsync(
                options, new RequestOptions { IdempotencyKey = instruction.IdempotencyKey }, cancellationToken);
            return ToIntent(intent);
        });

    public Task<ProviderIntent> GetIntentAsync(string paymentIntentId, CancellationToken cancellationToken) =>
        CallAsync("read the payment intent", async () =>
            ToIntent(await stripe.V1.PaymentIntents.GetAsync(paymentIntentId, cancellationToken: cancellationToken)));

    public Task<ProviderRefund> RefundAsync(RefundInstruction instruction, CancellationToken cancellationToken) =>
        CallAsync("refund the payment", async () =>
        {
            var metadata = Metadata(instruction.TenantId, instruction.OrderId);
            if (instruction.Reason is { Length: > 0 } reason) metadata[ProviderMetadata.Reason] = reason;
            metadata[ProviderMetadata.RefundKey] = instruction.IdempotencyKey;
            var options = new RefundCreateOptions
            {
                PaymentIntent = instruction.PaymentIntentId,
                Amount = instruction.AmountMinor,
                Reason = instruction.Reason is not null && stripeReasons.Contains(instruction.Reason) ? instruction.Reason : null,
                Metadata = metadata,
            };
            var refund = await stripe.V1.Refunds.CreateAsync(
                options, new RequestOptions { IdempotencyKey = instruction.IdempotencyKey }, cancellationToken);
            return new ProviderRefund(refund.Id, refund.Amount, refund.Status ?? "pending");
        });

    private async Task<T> CallAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        // Another request with the same idempotency key is still running: not a refusal, since that request may pay.
        catch (StripeException ex) when (IsRefusal(ex.HttpStatusCode) && ex.StripeError?.Code != "idempotency_key_in_use")
        {
            logger.LogWarning("Stripe refused to {What}: {Code} {Message}", what, ex.StripeError?.Code, ex.Message);
            throw new PaymentProviderException($"Stripe refused to {what}: {ex.StripeError?.Message ?? ex.Message}", refused: true, ex);
        }
        catch (Exception ex) when (ex is StripeException or HttpRequestException or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            logger.LogError(ex, "Stripe could not {What}", what);
            throw new PaymentProviderException($"Stripe is unavailable; could not {what}", refused: false, ex);
        }
    }

    // 400/402/404/409: Stripe understood and said no. 401/403 (our key) and 429/5xx are outages to retry later.
    private static bool IsRefusal(HttpStatusCode status) =>
        status is HttpStatusCode.BadRequest or HttpStatusCode.PaymentRequired or HttpStatusCode.NotFound or HttpStatusCode.Conflict;

    private static Dictionary<string, string> Metadata(int tenantId, int orderId) => new()
    {
        [ProviderMetadata.TenantId] = tenantId.ToString(CultureInfo.InvariantCulture),
        [ProviderMetadata.OrderId] = orderId.ToString(CultureInfo.InvariantCulture),
    };

    private static ProviderIntent ToIntent(PaymentIntent intent) =>
        new(intent.Id, intent.ClientSecret, intent.Status, intent.Metadata ?? new Dictionary<string, string>());
}
