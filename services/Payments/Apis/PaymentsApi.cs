using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Payments.Apis;

/// <summary>The seed's <c>/api/payments</c> routes, the simulated checkout, and the public payment configuration.</summary>
public static partial class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payments").WithTags("Payments");
        api.MapPost("/create-intent", CreateIntent).RequirePermission(Permissions.Orders)
            .WithSummary("Start paying an order").ProducesTokenProblems().ProducesProblems(400, 404, 409, 502);
        api.MapGet("/status/{paymentIntentId}", GetStatus).RequirePermission(Permissions.Orders)
            .WithSummary("Get a payment's status and refunds").ProducesTokenProblems().ProducesProblems(400, 404);
        api.MapPost("/refund", Refund).RequirePermission(Permissions.Refunds)
            .WithSummary("Refund a payment in full or in part").ProducesTokenProblems().ProducesProblems(400, 404, 409, 502);
        api.MapPost("/simulate/confirm", ConfirmSimulated).RequirePermission(Permissions.Orders)
            .WithSummary("Confirm a simulated checkout with a test card").ProducesTokenProblems().ProducesProblems(400, 402, 404, 409);
        api.MapPost("/webhook", ReceiveWebhook).AllowAnonymous()
            .WithSummary("Receive a signed Stripe event").ProducesProblems(400, 503);

        app.MapGet("/api/config/public", PublicConfig).WithTags("Payments").AllowAnonymous()
            .WithSummary("Get the payment provider's public configuration");
        return app;
    }
}
