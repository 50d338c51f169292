namespace QommerceHub.Payments.Providers;

/// <summary>An intent to charge an order, in the provider's minor units.</summary>
public sealed record IntentInstruction(
    int TenantId, int OrderId, long AmountMinor, string Currency, string IdempotencyKey, string? ReceiptEmail);

public sealed record ProviderIntent(string Id, string ClientSecret, string Status, IReadOnlyDictionary<string, string> Metadata);

public sealed record RefundInstruction(
    int TenantId, int OrderId, string PaymentIntentId, long AmountMinor, string? Reason, string IdempotencyKey);

public sealed record ProviderRefund(string Id, long AmountMinor, string Status);

/// <summary>Takes and returns money: Stripe when configured, otherwise a simulation that moves none.</summary>
public interface IPaymentProvider
{
    string Mode { get; }

    Task<ProviderIntent> CreateIntentAsync(IntentInstruction instruction, CancellationToken cancellationToken);

    Task<ProviderIntent> GetIntentAsync(string paymentIntentId, CancellationToken cancellationToken);

    Task<ProviderRefund> RefundAsync(RefundInstruction instruction, CancellationToken cancellationToken);
}

/// <summary>The provider refused or could not be reached; <see cref="Refused"/> tells a refusal from an outage.</summary>
public sealed class PaymentProviderException(string message, bool refused, Exception? inner = null) : Exception(message, inner)
{
    public bool Refused => refused;
}

/// <summary>Metadata keys written on every intent and refund, so webhooks find their tenant and order.</summary>
public static class ProviderMetadata
{
    public const string TenantId = "tenant_id";
    public const string OrderId = "order_id";
    public const string Reason = "reason";
    /// <summary>The idempotency key of our refund, so its webhook finds the refund recorded before the call.</summary>
    public const string RefundKey = "refund_key";
}
