using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Providers;

/// <summary>
/// The <c>Stripe</c> configuration section. Without a secret key the service runs the simulated provider,
/// so local runs and demos need no Stripe account.
/// </summary>
public sealed class StripeSettings
{
    public string? SecretKey { get; set; }
    public string? PublishableKey { get; set; }
    public string? WebhookSecret { get; set; }
    /// <summary>Where the Stripe client sends requests; tests point it at a local fake.</summary>
    public string? ApiBase { get; set; }
    /// <summary>How old a webhook's signed timestamp may be, against replayed deliveries.</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;

    public bool UsesStripe => !string.IsNullOrWhiteSpace(SecretKey);
    public string Mode => UsesStripe ? PaymentMode.Stripe : PaymentMode.Simulated;

    public void Validate()
    {
        if (UsesStripe && string.IsNullOrWhiteSpace(WebhookSecret))
            throw new InvalidOperationException("Stripe:WebhookSecret is required when Stripe:SecretKey is set: payments are confirmed by webhook.");
        if (WebhookToleranceSeconds is < 1 or > 3600)
            throw new InvalidOperationException("Stripe:WebhookToleranceSeconds must be between 1 and 3600.");
    }
}
