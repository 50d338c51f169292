using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Payments.Apis;

/// <summary>The seed's <c>/api/payments</c> routes, the simulated checkout, and the public payment configuration.</summary>
public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payments").WithTags("Payments");
        api.MapPost("/create-intent", PaymentEndpoints.CreateIntent).RequirePermission(Permissions.Orders)
            .WithSummary("Start paying an order").ProducesTokenProblems().ProducesProblems(400, 404, 409, 502);
        api.MapGet("/status/{paymentIntentId}", PaymentEndpoints.GetStatus).RequirePermission(Permissions.Orders)
            .WithSummary("Get a payment's status and refunds").ProducesTokenProblems().ProducesProblems(400, 404);
        api.MapPost("/refund", PaymentEndpoints.Refund).RequirePermission(Permissions.Refunds)
            .WithSummary("Refund a payment in full or in part").ProducesTokenProblems().ProducesProblems(400, 404, 409, 502);
        api.MapPost("/simulate/confirm", PaymentEndpoints.ConfirmSimulated).RequirePermission(Permissions.Orders)
            .WithSummary("Confirm a simulated checkout with a test card").ProducesTokenProblems().ProducesProblems(400, 402, 404, 409);
        api.MapPost("/webhook", WebhookEndpoints.Receive).AllowAnonymous()
            .WithSummary("Receive a signed Stripe event").ProducesProblems(400, 503);

        app.MapGet("/api/config/public", WebhookEndpoints.PublicConfig).WithTags("Payments").AllowAnonymous()
            .WithSummary("Get the payment provider's public configuration");
        return app;
    }
}
