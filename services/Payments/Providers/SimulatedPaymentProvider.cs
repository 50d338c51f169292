using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Providers;

/// <summary>
/// Stands in for Stripe when no key is configured: ids are prefixed <c>pi_sim_</c> / <c>re_sim_</c> so a simulated
/// payment is never mistaken for a real one, and no money moves. Cards are "charged" by the simulated checkout.
/// </summary>
public sealed class SimulatedPaymentProvider : IPaymentProvider
{
    public string Mode => PaymentMode.Simulated;

    public Task<ProviderIntent> CreateIntentAsync(IntentInstruction instruction, CancellationToken cancellationToken)
    {
        var id = "pi_sim_" + Guid.NewGuid().ToString("N");
        return Task.FromResult(Intent(id, new Dictionary<string, string>
        {
            [ProviderMetadata.TenantId] = instruction.TenantId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [ProviderMetadata.OrderId] = instruction.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    public Task<ProviderIntent> GetIntentAsync(string paymentIntentId, CancellationToken cancellationToken) =>
        Task.FromResult(Intent(paymentIntentId, new Dictionary<string, string>()));

    public Task<ProviderRefund> RefundAsync(RefundInstruction instruction, CancellationToken cancellationToken) =>
        Task.FromResult(new ProviderRefund(SimulatedRefundId(instruction.IdempotencyKey), instruction.AmountMinor, "succeeded"));

    /// <summary>Like Stripe, the same idempotency key gives the same refund, so a retried call refunds nothing twice.</summary>
    private static string SimulatedRefundId(string idempotencyKey) =>
        "re_sim_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey)))[..32];

    // The simulated checkout needs no secret; this one only keeps the answer's shape and says what it is.
    private static ProviderIntent Intent(string id, IReadOnlyDictionary<string, string> metadata) =>
        new(id, id + "_secret_simulated", PaymentStatus.RequiresPaymentMethod, metadata);
}
