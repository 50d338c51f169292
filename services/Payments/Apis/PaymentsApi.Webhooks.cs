using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Payments.Apis.Dtos;
using QommerceHub.Payments.Providers;
using QommerceHub.Payments.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Payments.Apis;

public static partial class PaymentsApi
{
    /// <summary>Stripe's webhook: 400 for anything unsigned, forged or stale; 200 for every verified event, repeats included.</summary>
    public static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> ReceiveWebhook(
        HttpRequest request, StripeWebhookProcessor processor, CancellationToken ct)
    {
        // The signature covers the exact bytes Stripe sent, so the body is read raw, never re-serialised.
        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync(ct);
        var verified = processor.Verify(payload, request.Headers["Stripe-Signature"].ToString());
        if (!verified.Succeeded) return ApiResults.Problem(verified);

        try
        {
            var result = await processor.ProcessAsync(verified.Value!, ct);
            return TypedResults.Ok(new WebhookReceipt(true, result.ToString().ToLowerInvariant()));
        }
        catch (PaymentProviderException ex) when (!ex.Refused)
        {
            // Nothing was committed; Stripe delivers the event again later.
            return ApiResults.Error(StatusCodes.Status503ServiceUnavailable, ex.Message);
        }
    }

    public static Ok<PublicConfigResponse> PublicConfig(StripeSettings settings) =>
        TypedResults.Ok(new PublicConfigResponse(settings.UsesStripe ? settings.PublishableKey : null, settings.Mode, !settings.UsesStripe));
}
